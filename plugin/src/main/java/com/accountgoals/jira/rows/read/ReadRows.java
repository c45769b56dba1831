package com.accountgoals.jira.rows.read;

import com.accountgoals.core.port.AccountRows;
import java.util.Set;

/**
 * The rows read for one board, and the projects outside the account whose goals they hold (a change
 * there changes the board too).
 *
 * @param rows the rows, as core takes them
 * @param outsideProjects the ids of the other projects whose goals are among the rows
 */
public record ReadRows(AccountRows rows, Set<Long> outsideProjects) {

  public ReadRows {
    outsideProjects = Set.copyOf(outsideProjects);
  }

  /** No rows: setup has not run, or there is nothing the user may see. */
  public static ReadRows none() {
    return new ReadRows(AccountRows.empty(), Set.of());
  }
}
