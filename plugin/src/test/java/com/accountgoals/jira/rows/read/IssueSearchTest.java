package com.accountgoals.jira.rows.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.accountgoals.jira.rows.fakes.TestIssue;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("A paged search as the calling user")
class IssueSearchTest {

  private static final String JQL = "project = 1 ORDER BY key ASC";

  @Mock private SearchService searchService;
  @Mock private ApplicationUser user;
  @Mock private Query query;
  @Mock private SearchService.ParseResult parsed;

  private final List<List<Issue>> pages = new ArrayList<>();

  private IssueSearch search;

  @BeforeEach
  void parsesTheQuery() {
    search = new IssueSearch(searchService);
    lenient().when(searchService.parseQuery(user, JQL)).thenReturn(parsed);
  }

  @Nested
  @DisplayName("a valid query")
  class Valid {

    @BeforeEach
    void isValid() {
      when(parsed.isValid()).thenReturn(true);
      when(parsed.getQuery()).thenReturn(query);
    }

    @Test
    void readsOnePageWhenAllFit() throws SearchException {
      answer(3);

      IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(3, false));
      assertThat(pages).hasSize(1);
      assertThat(pages.get(0)).hasSize(3);
      verify(searchService).search(eq(user), eq(query), argThat(page(0, 500)));
    }

    @Test
    void readsPagesOfFiveHundredUntilTheTotal() throws SearchException {
      answer(1_200);

      IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(1_200, false));
      assertThat(pages).extracting(List::size).containsExactly(500, 500, 200);
      verify(searchService).search(eq(user), eq(query), argThat(page(500, 500)));
      verify(searchService).search(eq(user), eq(query), argThat(page(1_000, 500)));
    }

    @Test
    void stopsAfterAFullLastPageWhenTheTotalIsReached() throws SearchException {
      answer(1_000);

      IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(1_000, false));
      verify(searchService, times(2)).search(any(), any(), any());
    }

    @Test
    void stopsAtTheLimitAndSaysSo() throws SearchException {
      answer(1_200);

      IssueSearch.Outcome outcome = search.search(user, JQL, 700, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(700, true));
      assertThat(pages).extracting(List::size).containsExactly(500, 200);
      verify(searchService).search(eq(user), eq(query), argThat(page(500, 200)));
    }

    @Test
    void aLimitExactlyAtTheTotalIsNotReported() throws SearchException {
      answer(700);

      IssueSearch.Outcome outcome = search.search(user, JQL, 700, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(700, false));
    }

    @Test
    void handsOnNoEmptyPage() throws SearchException {
      answer(0);

      IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(0, false));
      assertThat(pages).isEmpty();
    }

    @Test
    void aFailedSearchEndsWithWhatWasRead() throws SearchException {
      answer(1_200);
      when(searchService.search(eq(user), eq(query), argThat(page(500, 500))))
          .thenThrow(new SearchException("index gone"));

      IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

      assertThat(outcome).isEqualTo(new IssueSearch.Outcome(500, false));
      assertThat(pages).hasSize(1);
    }
  }

  @Test
  void withNoRoomLeftAsksNothingAndCountsTheLimitAsReached() {
    IssueSearch.Outcome outcome = search.search(user, JQL, 0, pages::add);

    assertThat(outcome).isEqualTo(new IssueSearch.Outcome(0, true));
    verifyNoInteractions(searchService);
  }

  @Test
  void aQueryJiraRefusesFindsNothing() throws SearchException {
    when(parsed.isValid()).thenReturn(false);

    IssueSearch.Outcome outcome = search.search(user, JQL, 10_000, pages::add);

    assertThat(outcome).isEqualTo(new IssueSearch.Outcome(0, false));
    verify(searchService, never()).search(any(), any(), any());
  }

  private static org.mockito.ArgumentMatcher<PagerFilter> page(int start, int max) {
    return pager -> pager != null && pager.getStart() == start && pager.getMax() == max;
  }

  /** Jira holding {@code total} issues for the query. */
  @SuppressWarnings("unchecked")
  private void answer(int total) throws SearchException {
    when(searchService.search(eq(user), eq(query), any()))
        .thenAnswer(
            call -> {
              PagerFilter<?> pager = call.getArgument(2);
              int from = Math.min(pager.getStart(), total);
              int to = Math.min(pager.getStart() + pager.getMax(), total);
              List<Issue> issues =
                  IntStream.range(from, to)
                      .<Issue>mapToObj(i -> TestIssue.issue(i + 1, "ACME-" + (i + 1)))
                      .toList();
              SearchResults<Issue> results = mock(SearchResults.class, withSettings().lenient());
              when(results.getResults()).thenReturn(issues);
              when(results.getTotal()).thenReturn(total);
              return results;
            });
  }
}
