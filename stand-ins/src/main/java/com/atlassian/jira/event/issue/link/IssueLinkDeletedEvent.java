package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/**
 * Stand-in for the event of a deleted issue link (a class). Not declared: its public constructor.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html
 * (7.x): {@code IssueLink getIssueLink()}.
 */
public class IssueLinkDeletedEvent {

  private IssueLinkDeletedEvent() {}

  public IssueLink getIssueLink() {
    throw new UnsupportedOperationException("stand-in");
  }
}
