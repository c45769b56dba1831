package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/**
 * Stand-in for the event of a new issue link (a class). Not declared: its public constructor.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html
 * (7.x): {@code IssueLink getIssueLink()}.
 */
public class IssueLinkCreatedEvent {

  private IssueLinkCreatedEvent() {}

  public IssueLink getIssueLink() {
    throw new UnsupportedOperationException("stand-in");
  }
}
