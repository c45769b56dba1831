package com.atlassian.jira.issue.search;

/**
 * Stand-in for the checked exception of a failed search ({@code @PublicApi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchException.html (7.x)
 * and the 6.3 jira-api source ({@code extends Exception}, constructor {@code (String)}).
 */
public class SearchException extends Exception {

  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }
}
