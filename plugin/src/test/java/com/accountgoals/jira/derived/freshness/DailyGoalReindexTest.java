package com.accountgoals.jira.derived.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.derived.Today;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.testing.FakeIssue;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunnerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The daily re-index of open goals")
class DailyGoalReindexTest {

  private static final String OPEN_GOALS_OF_1 =
      "project = 1 AND issuetype = "
          + Setup.GOAL_TYPE
          + " AND resolution is EMPTY ORDER BY key ASC";

  @Mock private SearchService searchService;
  @Mock private InstalledItemsStore itemsStore;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private IssueIndexingService indexingService;
  @Mock private SearchService.ParseResult parsed;
  @Mock private Query query;
  @Mock private Today today;

  private DailyGoalReindex job;

  @BeforeEach
  void aJob() {
    job =
        new DailyGoalReindex(
            searchService, itemsStore, settingsStore, new GoalReindexer(indexingService), today);
    lenient().when(itemsStore.load()).thenReturn(Setup.installed());
    lenient().when(searchService.parseQuery(isNull(), any())).thenReturn(parsed);
    lenient().when(parsed.isValid()).thenReturn(true);
    lenient().when(parsed.getQuery()).thenReturn(query);
  }

  @Nested
  @DisplayName("in one account project")
  class OneProject {

    @Test
    void searchesOnlyItsOpenGoalsOverridingSecurity() throws SearchException, IndexException {
      accountProjects(100, 1L);
      List<Issue> goals = goals(1, 3);
      answerPages(goals);

      DailyGoalReindex.Summary summary = job.reindexOpenGoals();

      verify(searchService).parseQuery(null, OPEN_GOALS_OF_1);
      verify(indexingService).reIndexIssueObjects(goals);
      assertThat(summary).isEqualTo(new DailyGoalReindex.Summary(1, 3, List.of()));
    }

    @Test
    void readsAndReindexesPagesOf500() throws SearchException, IndexException {
      accountProjects(10_000, 1L);
      List<Issue> goals = goals(1, 1_200);
      List<PagerFilter<?>> pages = answerPages(goals);

      DailyGoalReindex.Summary summary = job.reindexOpenGoals();

      assertThat(pages).extracting(PagerFilter::getStart).containsExactly(0, 500, 1_000);
      assertThat(pages).extracting(PagerFilter::getMax).containsExactly(500, 500, 500);
      verify(indexingService).reIndexIssueObjects(goals.subList(0, 500));
      verify(indexingService).reIndexIssueObjects(goals.subList(500, 1_000));
      verify(indexingService).reIndexIssueObjects(goals.subList(1_000, 1_200));
      assertThat(summary.goals()).isEqualTo(1_200);
    }

    @Test
    void asksOnceMoreAfterAFullLastPage() throws SearchException, IndexException {
      accountProjects(10_000, 1L);
      List<PagerFilter<?>> pages = answerPages(goals(1, 500));

      assertThat(job.reindexOpenGoals().goals()).isEqualTo(500);
      assertThat(pages).extracting(PagerFilter::getStart).containsExactly(0, 500);
    }

    @Test
    void stopsAtTheSearchCapAndSaysSo() throws SearchException, IndexException {
      accountProjects(700, 1L);
      List<Issue> goals = goals(1, 900);
      List<PagerFilter<?>> pages = answerPages(goals);

      DailyGoalReindex.Summary summary = job.reindexOpenGoals();

      assertThat(pages).extracting(PagerFilter::getMax).containsExactly(500, 200);
      verify(indexingService).reIndexIssueObjects(goals.subList(500, 700));
      assertThat(summary).isEqualTo(new DailyGoalReindex.Summary(1, 700, List.of(1L)));
    }

    @Test
    void aCapOfExactlyWhatIsThereIsReachedWithoutAnotherSearch() throws SearchException {
      accountProjects(500, 1L);
      List<PagerFilter<?>> pages = answerPages(goals(1, 500));

      assertThat(job.reindexOpenGoals().capped()).containsExactly(1L);
      assertThat(pages).hasSize(1);
    }

    @Test
    void countsNoGoalWhoseReindexFailed() throws SearchException, IndexException {
      accountProjects(10_000, 1L);
      answerPages(goals(1, 2));
      doThrow(new IndexException("index locked")).when(indexingService).reIndexIssueObjects(any());

      assertThat(job.reindexOpenGoals()).isEqualTo(new DailyGoalReindex.Summary(1, 0, List.of()));
    }

    @Test
    void aFailedSearchEndsTheProjectWithWhatWasDone() throws SearchException, IndexException {
      accountProjects(10_000, 1L);
      List<Issue> goals = goals(1, 500);
      SearchResults<Issue> first = results(goals);
      when(searchService.searchOverrideSecurity(isNull(), eq(query), any()))
          .thenReturn(first)
          .thenThrow(new SearchException("index unavailable"));

      DailyGoalReindex.Summary summary = job.reindexOpenGoals();

      verify(indexingService).reIndexIssueObjects(goals);
      assertThat(summary).isEqualTo(new DailyGoalReindex.Summary(1, 500, List.of()));
    }

    @Test
    void aQueryJiraRefusesIsSkipped() throws SearchException {
      accountProjects(10_000, 1L);
      when(parsed.isValid()).thenReturn(false);

      assertThat(job.reindexOpenGoals()).isEqualTo(new DailyGoalReindex.Summary(1, 0, List.of()));
      verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
    }
  }

  @Nested
  @DisplayName("across account projects")
  class SeveralProjects {

    @Test
    void visitsEachAccountProjectWithItsOwnCap() throws SearchException, IndexException {
      accountProjects(600, 1L, 2L);
      List<Issue> ofOne = goals(1, 700);
      List<Issue> ofTwo = goals(2, 10);
      answerPages(ofOne);
      SearchService.ParseResult parsedTwo = mock(SearchService.ParseResult.class);
      Query queryTwo = mock(Query.class);
      when(searchService.parseQuery(null, OPEN_GOALS_OF_1.replace("project = 1", "project = 2")))
          .thenReturn(parsedTwo);
      when(parsedTwo.isValid()).thenReturn(true);
      when(parsedTwo.getQuery()).thenReturn(queryTwo);
      SearchResults<Issue> two = results(ofTwo);
      when(searchService.searchOverrideSecurity(isNull(), eq(queryTwo), any())).thenReturn(two);

      DailyGoalReindex.Summary summary = job.reindexOpenGoals();

      verify(indexingService).reIndexIssueObjects(ofTwo);
      assertThat(summary).isEqualTo(new DailyGoalReindex.Summary(2, 610, List.of(1L)));
    }

    @Test
    void withNoAccountProjectSearchesNothing() {
      accountProjects(100);

      assertThat(job.reindexOpenGoals()).isEqualTo(new DailyGoalReindex.Summary(0, 0, List.of()));
      verifyNoInteractions(searchService, indexingService);
    }

    @Test
    void beforeSetupHasRunSearchesNothing() {
      when(itemsStore.load()).thenReturn(InstalledItems.none());

      assertThat(job.reindexOpenGoals()).isEqualTo(new DailyGoalReindex.Summary(0, 0, List.of()));
      verifyNoInteractions(searchService, settingsStore, indexingService);
    }
  }

  @Test
  void runsAsAScheduledJobInTheFirstHourOfTheSitesDayAndReportsSuccess()
      throws SearchException, IndexException {
    when(today.inFirstHourOfDay()).thenReturn(true);
    accountProjects(100, 1L);
    List<Issue> goals = goals(1, 2);
    answerPages(goals);

    assertThat(job.runJob(mock(JobRunnerRequest.class))).isNull();
    verify(indexingService).reIndexIssueObjects(goals);
    verifyNoMoreInteractions(indexingService);
  }

  @Test
  void doesNothingWhenTriggeredInAnyOtherHourOfTheSitesDay() {
    when(today.inFirstHourOfDay()).thenReturn(false);

    assertThat(job.runJob(mock(JobRunnerRequest.class))).isNull();
    verifyNoInteractions(searchService, settingsStore, itemsStore, indexingService);
  }

  private void accountProjects(int cap, Long... projects) {
    when(settingsStore.load())
        .thenReturn(SettingsBuilder.settings().projects(List.of(projects)).cap(cap).build());
  }

  private static List<Issue> goals(long project, int count) {
    return LongStream.rangeClosed(1, count)
        .<Issue>mapToObj(n -> new FakeIssue(project * 100_000 + n, "P" + project + "-" + n))
        .toList();
  }

  /** Answers each search of project 1 with its page of {@code goals}; the pages asked for. */
  private List<PagerFilter<?>> answerPages(List<Issue> goals) throws SearchException {
    List<PagerFilter<?>> asked = new ArrayList<>();
    ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
    when(searchService.searchOverrideSecurity(isNull(), eq(query), pager.capture()))
        .thenAnswer(
            invocation -> {
              PagerFilter<?> page = invocation.getArgument(2);
              asked.add(page);
              int from = Math.min(page.getStart(), goals.size());
              int to = Math.min(page.getStart() + page.getMax(), goals.size());
              return results(goals.subList(from, to));
            });
    return asked;
  }

  @SuppressWarnings("unchecked")
  private static SearchResults<Issue> results(List<Issue> page) {
    SearchResults<Issue> results = mock(SearchResults.class);
    lenient().when(results.getResults()).thenReturn(page);
    return results;
  }
}
