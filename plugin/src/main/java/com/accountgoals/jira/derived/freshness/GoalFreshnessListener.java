package com.accountgoals.jira.derived.freshness;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes the goals whose progress or health depend on what Jira says changed: an issue
 * (created, edited, transitioned, moved, deleted: every {@link IssueEvent}) or an issue link (made
 * or removed: link events carry no issue event). Jira publishes the event on the node where the
 * change happened, and the re-index reaches the other nodes through Jira's index replication.
 *
 * <p>Nothing is ever thrown back into Jira's event dispatch: a failure is logged and the change
 * itself stands; the daily re-index catches up with open goals. Registered with Jira's event
 * publisher by a {@link ListenerRegistration} while the app's context runs.
 */
public final class GoalFreshnessListener {

  private static final Logger LOG = LoggerFactory.getLogger(GoalFreshnessListener.class);

  private final DependentGoals dependentGoals;
  private final GoalReindexer reindexer;

  public GoalFreshnessListener(DependentGoals dependentGoals, GoalReindexer reindexer) {
    this.dependentGoals = dependentGoals;
    this.reindexer = reindexer;
  }

  @EventListener
  public void onIssueEvent(IssueEvent event) {
    refresh(() -> dependentGoals.of(event.getIssue()));
  }

  @EventListener
  public void onLinkCreated(IssueLinkCreatedEvent event) {
    refresh(() -> dependentGoals.of(event.getIssueLink()));
  }

  @EventListener
  public void onLinkDeleted(IssueLinkDeletedEvent event) {
    refresh(() -> dependentGoals.of(event.getIssueLink()));
  }

  private void refresh(Supplier<List<Issue>> goals) {
    try {
      reindexer.reindex(goals.get());
    } catch (RuntimeException e) {
      LOG.warn("Finding the goals that depend on a change failed; they are not re-indexed now", e);
    }
  }
}
