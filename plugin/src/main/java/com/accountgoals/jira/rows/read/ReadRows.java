package com.accountgoals.jira.rows.read;

import com.accountgoals.core.port.AccountRows;
import java.util.List;
import java.util.Set;

/**
 * The rows read for one board, and the projects outside the account whose goals they hold (a change
 * there changes the board too).
 *
 * @param rows the rows, as core takes them
 * @param outsideProjects the ids of the other projects whose goals are among the rows
 * @param problems what went wrong while reading, as logged; empty when nothing did
 */
public record ReadRows(AccountRows rows, Set<Long> outsideProjects, List<String> problems) {

  public ReadRows {
    outsideProjects = Set.copyOf(outsideProjects);
    problems = List.copyOf(problems);
  }
}
