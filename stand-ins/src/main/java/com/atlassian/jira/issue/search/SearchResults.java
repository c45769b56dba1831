package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in for one page of search results ({@code @PublicApi}, a class, generic since Jira 8).
 * Jira's constructors are not declared (the app never builds results); tests mock the class.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchResults.html (7.x,
 * {@code getTotal()}) and shared/jira-platform.md §3.2 ({@code List<T> getResults()} since Jira 8,
 * seen in plugins built against 8.x–10.x).
 */
public class SearchResults<T> {

  private SearchResults() {}

  public List<T> getResults() {
    throw new UnsupportedOperationException("stand-in");
  }

  public int getTotal() {
    throw new UnsupportedOperationException("stand-in");
  }
}
