package com.accountgoals.jira.rows.read;

import com.accountgoals.core.quarter.DateWindow;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The JQL of a board, built from ids only: projects, issue types and issues by their numeric ids,
 * never by a name an administrator may rename or Jira may translate. Every query orders by key, so
 * its pages follow one another without gaps or repeats.
 */
final class Jql {

  private static final String ORDER = " ORDER BY key ASC";

  private Jql() {}

  /** The goals and milestones of the project {@code projectId}. */
  static String goalsOf(long projectId, Collection<String> goalTypeIds) {
    return "project = " + projectId + " AND issuetype in (" + joined(goalTypeIds) + ")" + ORDER;
  }

  /** The goals and milestones among the issues {@code issueIds}, in any project. */
  static String goalsAmong(Collection<Long> issueIds, Collection<String> goalTypeIds) {
    return "issue in ("
        + joined(issueIds)
        + ") AND issuetype in ("
        + joined(goalTypeIds)
        + ")"
        + ORDER;
  }

  /**
   * The actions among {@code issueIds} in the project that matter for {@code window}: due within
   * it, open or closed; open and due before it; open without a due date.
   */
  static String actionsAmong(
      long projectId,
      Collection<Long> issueIds,
      Collection<String> goalTypeIds,
      DateWindow window) {
    String first = "\"" + window.first() + "\"";
    String last = "\"" + window.last() + "\"";
    return "project = "
        + projectId
        + " AND issue in ("
        + joined(issueIds)
        + ") AND issuetype not in ("
        + joined(goalTypeIds)
        + ") AND ((duedate >= "
        + first
        + " AND duedate <= "
        + last
        + ") OR (resolution is EMPTY AND (duedate < "
        + first
        + " OR duedate is EMPTY)))"
        + ORDER;
  }

  private static String joined(Collection<?> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
