package com.accountgoals.jira.rows.read;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JQL search as the calling user, who gets only the issues they may browse, read a page of
 * {@value #PAGE} issues at a time and never beyond a limit: one search per page, never an unlimited
 * one.
 */
public final class IssueSearch {

  /** The issues one search call returns at most. */
  public static final int PAGE = 500;

  private static final Logger log = LoggerFactory.getLogger(IssueSearch.class);

  private final SearchService searchService;

  public IssueSearch(SearchService searchService) {
    this.searchService = searchService;
  }

  /** What a search found: how many issues it read and whether it stopped at its limit. */
  public record Outcome(int read, boolean limitReached) {}

  /**
   * Hands the issues {@code jql} finds for {@code user} to {@code pages}, a page at a time, until
   * there are no more or {@code limit} issues were read. A query Jira refuses or a failed search is
   * logged and ends the search with what was read. With no room left ({@code limit} 0) nothing is
   * asked and the limit counts as reached: whatever the query would find is left out.
   */
  public Outcome search(ApplicationUser user, String jql, int limit, Consumer<List<Issue>> pages) {
    if (limit <= 0) {
      return new Outcome(0, true);
    }
    SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
    if (!parsed.isValid()) {
      log.warn("Jira refused the query {} (an issue type or project id it does not know?)", jql);
      return new Outcome(0, false);
    }
    int read = 0;
    while (read < limit) {
      int wanted = Math.min(PAGE, limit - read);
      SearchResults<Issue> results;
      try {
        results = searchService.search(user, parsed.getQuery(), new PagerFilter<>(read, wanted));
      } catch (SearchException e) {
        log.warn("The search {} failed after {} issues; the board shows those", jql, read, e);
        return new Outcome(read, false);
      }
      List<Issue> page = results.getResults();
      if (!page.isEmpty()) {
        pages.accept(page);
      }
      read += page.size();
      if (page.size() < wanted || read >= results.getTotal()) {
        return new Outcome(read, false);
      }
    }
    return new Outcome(read, true);
  }
}
