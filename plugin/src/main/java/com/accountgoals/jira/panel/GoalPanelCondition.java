package com.accountgoals.jira.panel;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.Optional;

/**
 * Shows the goal panel only on an issue of the app's Goal or Milestone type (by the ids setup
 * recorded, since names are translated and may be renamed) in an account project. Everything else,
 * including a page without an issue and an app whose setup has not run, shows no panel.
 */
public final class GoalPanelCondition implements Condition {

  /** The key under which Jira's issue view puts the issue into a web fragment's context. */
  static final String ISSUE = "issue";

  private final InstalledItemsStore installedItems;
  private final AdminSettingsStore settings;

  public GoalPanelCondition(InstalledItemsStore installedItems, AdminSettingsStore settings) {
    this.installedItems = installedItems;
    this.settings = settings;
  }

  @Override
  public void init(Map<String, String> params) {
    // No parameters: what the panel shows on depends on setup's record and the settings alone.
  }

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    return context.get(ISSUE) instanceof Issue issue
        && isGoalOrMilestone(issue.getIssueTypeId())
        && isInAccountProject(issue.getProjectObject());
  }

  private boolean isGoalOrMilestone(String typeId) {
    InstalledItems items = installedItems.load();
    return is(items.issueTypeId(AppIssueType.GOAL), typeId)
        || is(items.issueTypeId(AppIssueType.MILESTONE), typeId);
  }

  private static boolean is(Optional<String> recorded, String typeId) {
    return recorded.filter(id -> id.equals(typeId)).isPresent();
  }

  private boolean isInAccountProject(Project project) {
    return project != null
        && project.getId() != null
        && settings.load().isAccountProject(project.getId());
  }
}
