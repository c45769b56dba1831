package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for a link between two issues ({@code @PublicApi}).
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html
 * (7.x): {@code getLinkTypeId}, {@code getSourceId}, {@code getDestinationId}, {@code
 * getSourceObject}, {@code getDestinationObject}.
 */
public interface IssueLink {

  Long getLinkTypeId();

  Long getSourceId();

  Long getDestinationId();

  Issue getSourceObject();

  Issue getDestinationObject();
}
