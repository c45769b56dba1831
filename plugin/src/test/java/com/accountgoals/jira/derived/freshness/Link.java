package com.accountgoals.jira.derived.freshness;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;

/** A link as Jira hands it out: its type, and its source and destination (null once deleted). */
record Link(Long getLinkTypeId, Issue getSourceObject, Issue getDestinationObject)
    implements IssueLink {

  @Override
  public Long getSourceId() {
    return getSourceObject == null ? null : getSourceObject.getId();
  }

  @Override
  public Long getDestinationId() {
    return getDestinationObject == null ? null : getDestinationObject.getId();
  }
}
