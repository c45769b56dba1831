package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for the event Jira publishes when an issue is created, edited, transitioned, moved or
 * deleted ({@code @PublicApi}, a final class). Its constructors take Jira objects the app never
 * builds, so none is declared; tests mock the class.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html
 * (7.x): {@code Issue getIssue()}.
 */
public final class IssueEvent {

  private IssueEvent() {}

  public Issue getIssue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
