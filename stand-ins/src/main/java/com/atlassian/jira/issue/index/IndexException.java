package com.atlassian.jira.issue.index;

/**
 * Stand-in for the checked exception of a failed (re-)index ({@code @PublicApi}). In Jira it
 * extends {@code com.atlassian.jira.JiraException extends Exception}; that superclass is not
 * mirrored (the app only catches this class), as for {@code SearchException}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/index/IndexException.html (7.1.9:
 * constructor {@code (String msg)}); that it still exists in 10.x:
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/JiraException.html
 * lists it among {@code JiraException}'s direct subclasses.
 */
public class IndexException extends Exception {

  private static final long serialVersionUID = 1L;

  public IndexException(String msg) {
    super(msg);
  }
}
