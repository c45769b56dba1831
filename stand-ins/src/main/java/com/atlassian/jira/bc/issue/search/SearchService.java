package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Stand-in for Jira's search service ({@code @PublicApi}): parses JQL and searches as a user, who
 * sees only the issues they may browse.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html
 * (7.x), the 6.3 jira-api source (members, and {@code ParseResult} as a public final nested class)
 * with the Jira 7+ {@code ApplicationUser} parameters and the Jira 8+ generic {@code
 * SearchResults<Issue>} (shared/jira-platform.md §3.2, plugins built against 8.x–10.x).
 */
public interface SearchService {

  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
      throws SearchException;

  /**
   * The same search, without the permission checks: every matching issue, whoever {@code searcher}
   * is (null allowed). Not on the 7.x page cited above; seen in code built against Jira 8+ (e.g.
   * t2consult's recycle bin app, {@code searchOverrideSecurity(user, query,
   * PagerFilter.getUnlimitedFilter()).getResults()} marked "Jira 8.0", and ScriptRunner scripts
   * paging it with {@code new PagerFilter(...)}).
   */
  SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

  ParseResult parseQuery(ApplicationUser searcher, String query);

  /** The parsed query, or why it could not be parsed. */
  final class ParseResult {

    private ParseResult() {}

    /** The query; null when the text was not valid JQL. */
    public Query getQuery() {
      throw new UnsupportedOperationException("stand-in");
    }

    public boolean isValid() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
