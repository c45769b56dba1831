package com.accountgoals.jira.rows;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;

/**
 * Whether the logged-in user may see an account on Jira: the project exists, the user may browse
 * it, and the administrator made it an account project; the same three checks the {@link
 * JiraAccountRowSource} makes before it reads rows.
 */
public final class JiraProjectAccess implements ProjectAccess {

  private final JiraAuthenticationContext authenticationContext;
  private final ProjectManager projectManager;
  private final PermissionManager permissionManager;
  private final AdminSettingsStore settingsStore;

  public JiraProjectAccess(
      JiraAuthenticationContext authenticationContext,
      ProjectManager projectManager,
      PermissionManager permissionManager,
      AdminSettingsStore settingsStore) {
    this.authenticationContext = authenticationContext;
    this.projectManager = projectManager;
    this.permissionManager = permissionManager;
    this.settingsStore = settingsStore;
  }

  @Override
  public boolean canSee(ProjectKey key) {
    Project project = projectManager.getProjectObjByKey(key.value());
    return project != null
        && permissionManager.hasPermission(
            ProjectPermissions.BROWSE_PROJECTS, project, authenticationContext.getLoggedInUser())
        && settingsStore.load().isAccountProject(project.getId());
  }
}
