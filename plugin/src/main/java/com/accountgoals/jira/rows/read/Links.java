package com.accountgoals.jira.rows.read;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's alignment links of one issue, by the link type id setup recorded. Jira has no read of
 * the links of many issues at once: this is one call per issue, and the board's rows are cached.
 */
public final class Links {

  private final IssueLinkManager linkManager;
  private final Long linkTypeId;

  /** Links of the type {@code linkTypeId}; null before setup, when there are none. */
  public Links(IssueLinkManager linkManager, Long linkTypeId) {
    this.linkManager = linkManager;
    this.linkTypeId = linkTypeId;
  }

  /** The ids of the issues {@code issueId} supports (its outward links). */
  public List<Long> supportedBy(Long issueId) {
    List<Long> ids = new ArrayList<>();
    if (linkTypeId != null) {
      for (IssueLink link : linkManager.getOutwardLinks(issueId)) {
        if (linkTypeId.equals(link.getLinkTypeId())) {
          ids.add(link.getDestinationId());
        }
      }
    }
    return ids;
  }

  /** The ids of the issues that support {@code issueId} (its inward links). */
  public List<Long> supportersOf(Long issueId) {
    List<Long> ids = new ArrayList<>();
    if (linkTypeId != null) {
      for (IssueLink link : linkManager.getInwardLinks(issueId)) {
        if (linkTypeId.equals(link.getLinkTypeId())) {
          ids.add(link.getSourceId());
        }
      }
    }
    return ids;
  }
}
