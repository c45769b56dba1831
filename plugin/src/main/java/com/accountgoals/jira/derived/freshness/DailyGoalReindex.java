package com.accountgoals.jira.derived.freshness;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.derived.Today;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job, in the first hour of the site's day: re-indexes the open (unresolved) Goal issues
 * of every account project, because a goal's health depends on the date and nothing else tells Jira
 * a new day began. Goals are read a page of {@value #PAGE} at a time, at most the administrator's
 * search cap per project, and re-indexed a page at a time; one summary line is logged per run.
 *
 * <p><b>Who searches.</b> A scheduled job has no logged-in user, and the values are facts of the
 * goals, the same for everyone, so the job searches with Jira's {@code searchOverrideSecurity} (no
 * permission checks) as no user: a search as a real user would skip the goals that user may not
 * browse, and there is no user every administrator is sure to have. Who may see a goal's values is
 * still Jira's business when they are searched, since they are fields of its issue.
 */
public final class DailyGoalReindex implements JobRunner {

  /** The goals one search returns at most. */
  public static final int PAGE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(DailyGoalReindex.class);

  private final SearchService searchService;
  private final InstalledItemsStore itemsStore;
  private final AdminSettingsStore settingsStore;
  private final GoalReindexer reindexer;
  private final Today today;

  public DailyGoalReindex(
      SearchService searchService,
      InstalledItemsStore itemsStore,
      AdminSettingsStore settingsStore,
      GoalReindexer reindexer,
      Today today) {
    this.searchService = searchService;
    this.itemsStore = itemsStore;
    this.settingsStore = settingsStore;
    this.reindexer = reindexer;
    this.today = today;
  }

  /** What one run did: projects visited, goals re-indexed, projects that reached the cap. */
  public record Summary(int projects, int goals, List<Long> capped) {}

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    if (!today.inFirstHourOfDay()) {
      return null; // triggered hourly; the day's run is the one in its first hour
    }
    Instant start = Instant.now();
    Summary summary = reindexOpenGoals();
    LOG.info(
        "Daily re-index of goal health: {} account projects, {} open goals re-indexed in {} ms;"
            + " stopped at the search cap in projects {}",
        summary.projects(),
        summary.goals(),
        Duration.between(start, Instant.now()).toMillis(),
        summary.capped());
    return null;
  }

  /** Re-indexes the open goals of every account project; nothing before setup has run. */
  public Summary reindexOpenGoals() {
    Optional<String> goalType = itemsStore.load().issueTypeId(AppIssueType.GOAL);
    if (goalType.isEmpty()) {
      return new Summary(0, 0, List.of());
    }
    AdminSettings settings = settingsStore.load();
    int goals = 0;
    List<Long> capped = new ArrayList<>();
    for (Long project : settings.accountProjects()) {
      ProjectRun run = reindex(project, goalType.get(), settings.searchCap());
      goals += run.reindexed();
      if (run.capped()) {
        capped.add(project);
      }
    }
    return new Summary(settings.accountProjects().size(), goals, capped);
  }

  private record ProjectRun(int reindexed, boolean capped) {}

  private ProjectRun reindex(long projectId, String goalType, int cap) {
    String jql =
        "project = "
            + projectId
            + " AND issuetype = "
            + goalType
            + " AND resolution is EMPTY ORDER BY key ASC";
    SearchService.ParseResult parsed = searchService.parseQuery(null, jql);
    if (!parsed.isValid()) {
      LOG.warn("Jira refused the query {} (a project or issue type it no longer knows?)", jql);
      return new ProjectRun(0, false);
    }
    int read = 0;
    int reindexed = 0;
    while (read < cap) {
      int wanted = Math.min(PAGE, cap - read);
      List<Issue> page;
      try {
        page =
            searchService
                .searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(read, wanted))
                .getResults();
      } catch (SearchException e) {
        LOG.warn("Searching the open goals of project {} failed after {}", projectId, read, e);
        return new ProjectRun(reindexed, false);
      }
      if (reindexer.reindex(page)) {
        reindexed += page.size();
      }
      read += page.size();
      if (page.size() < wanted) {
        return new ProjectRun(reindexed, false);
      }
    }
    LOG.warn(
        "Project {} has more open goals than the search cap of {}; the others were not re-indexed",
        projectId,
        cap);
    return new ProjectRun(reindexed, true);
  }
}
