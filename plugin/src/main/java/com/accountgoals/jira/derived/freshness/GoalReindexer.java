package com.accountgoals.jira.derived.freshness;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import java.util.Collection;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes goals through Jira's indexing service, which recalculates their fields (Goal progress
 * and Goal health among them) and, on Data Center, replicates the new documents to the other nodes.
 * A failure is logged, never thrown: the callers are Jira's event dispatch and its scheduler.
 */
public final class GoalReindexer {

  private static final Logger LOG = LoggerFactory.getLogger(GoalReindexer.class);

  private final IssueIndexingService indexingService;

  public GoalReindexer(IssueIndexingService indexingService) {
    this.indexingService = indexingService;
  }

  /** Re-indexes {@code goals}; whether Jira did (true for none at all). */
  public boolean reindex(Collection<Issue> goals) {
    if (goals.isEmpty()) {
      return true;
    }
    try {
      indexingService.reIndexIssueObjects(goals);
      return true;
    } catch (IndexException | RuntimeException e) {
      LOG.warn(
          "Re-indexing the goals {} failed; searches show their former progress and health until"
              + " they change again or the daily re-index runs",
          goals.stream().map(Issue::getKey).collect(Collectors.joining(", ")),
          e);
      return false;
    }
  }
}
