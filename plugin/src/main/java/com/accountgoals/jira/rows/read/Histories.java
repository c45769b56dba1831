package com.accountgoals.jira.rows.read;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The change histories of a page of issues in one call ({@code getChangeHistoriesForUser} over many
 * issues, which Jira documents as much cheaper than a call per issue), grouped by issue id.
 */
public final class Histories {

  private final ChangeHistoryManager historyManager;

  public Histories(ChangeHistoryManager historyManager) {
    this.historyManager = historyManager;
  }

  /** The histories of {@code issues} as {@code user} may see them, by issue id. */
  public Map<Long, List<ChangeHistory>> of(List<Issue> issues, ApplicationUser user) {
    Map<Long, List<ChangeHistory>> byIssue = new HashMap<>();
    for (ChangeHistory history : historyManager.getChangeHistoriesForUser(issues, user)) {
      byIssue.computeIfAbsent(history.getIssueId(), id -> new ArrayList<>()).add(history);
    }
    return byIssue;
  }
}
