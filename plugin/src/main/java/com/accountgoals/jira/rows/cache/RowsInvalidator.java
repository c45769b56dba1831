package com.accountgoals.jira.rows.cache;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.project.Project;

/**
 * Invalidates the cached rows of a project when Jira says one of its issues changed (created,
 * edited, transitioned, moved, deleted: every {@link IssueEvent}) or an issue link was made or
 * removed (link events carry no issue event). Jira publishes an event on the node where the change
 * happened; the renewed stamp reaches the other nodes through the replicated stamps cache.
 *
 * <p>Registered with Jira's event publisher when the app's context starts, unregistered when it
 * stops (Spring's init and destroy methods).
 */
public final class RowsInvalidator {

  private final EventPublisher eventPublisher;
  private final ProjectStamps stamps;

  public RowsInvalidator(EventPublisher eventPublisher, ProjectStamps stamps) {
    this.eventPublisher = eventPublisher;
    this.stamps = stamps;
  }

  /** Starts listening. */
  public void start() {
    eventPublisher.register(this);
  }

  /** Stops listening. */
  public void stop() {
    eventPublisher.unregister(this);
  }

  @EventListener
  public void onIssueEvent(IssueEvent event) {
    renew(event.getIssue());
  }

  @EventListener
  public void onLinkCreated(IssueLinkCreatedEvent event) {
    renew(event.getIssueLink());
  }

  @EventListener
  public void onLinkDeleted(IssueLinkDeletedEvent event) {
    renew(event.getIssueLink());
  }

  private void renew(IssueLink link) {
    if (link != null) {
      renew(link.getSourceObject());
      renew(link.getDestinationObject());
    }
  }

  private void renew(Issue issue) {
    Project project = issue == null ? null : issue.getProjectObject();
    if (project != null && project.getId() != null) {
      stamps.renew(project.getId());
    }
  }
}
