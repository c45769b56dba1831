package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Stand-in for Jira's issue link manager ({@code @PublicApi}). It has no read for the links of many
 * issues at once, and since 7.0.1 no longer caches link queries ("developers are advised to cache
 * this information locally"): the app caches the rows it builds from them.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (7.x):
 * {@code List<IssueLink> getOutwardLinks(Long sourceIssueId)}, {@code List<IssueLink>
 * getInwardLinks(Long destinationIssueId)}.
 */
public interface IssueLinkManager {

  List<IssueLink> getOutwardLinks(Long sourceIssueId);

  List<IssueLink> getInwardLinks(Long destinationIssueId);
}
