package com.accountgoals.jira.rows;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsCache;
import com.accountgoals.jira.rows.cache.RowsKey;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;

/**
 * Core's row source over Jira, as the logged-in user. A project that does not exist, one the user
 * may not browse and one that is not an account project all give the same empty rows, so nobody
 * learns from a board whether a project exists. The rows come from the {@link RowsCache}: read from
 * Jira once per project, user, window and change of the project.
 */
public final class JiraAccountRowSource implements AccountRowSource {

  private final JiraAuthenticationContext authenticationContext;
  private final ProjectManager projectManager;
  private final PermissionManager permissionManager;
  private final AdminSettingsStore settingsStore;
  private final InstalledItemsStore itemsStore;
  private final ProjectStamps stamps;
  private final RowsCache cache;

  public JiraAccountRowSource(
      JiraAuthenticationContext authenticationContext,
      ProjectManager projectManager,
      PermissionManager permissionManager,
      AdminSettingsStore settingsStore,
      InstalledItemsStore itemsStore,
      ProjectStamps stamps,
      RowsCache cache) {
    this.authenticationContext = authenticationContext;
    this.projectManager = projectManager;
    this.permissionManager = permissionManager;
    this.settingsStore = settingsStore;
    this.itemsStore = itemsStore;
    this.stamps = stamps;
    this.cache = cache;
  }

  @Override
  public AccountRows load(ProjectKey key, DateWindow window) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(window, "window");
    ApplicationUser user = authenticationContext.getLoggedInUser();
    Project project = projectManager.getProjectObjByKey(key.value());
    if (project == null
        || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
      return AccountRows.empty();
    }
    AdminSettings settings = settingsStore.load();
    if (!settings.isAccountProject(project.getId())) {
      return AccountRows.empty();
    }
    InstalledItems items = itemsStore.load();
    return cache.rows(
        new RowsKey(
            project.getId(),
            key.value(),
            keyOf(user),
            stamps.of(project.getId()),
            window.first(),
            window.last(),
            Objects.hash(settings, items)));
  }

  /** The key a user's rows are cached under; empty for an anonymous user. */
  static String keyOf(ApplicationUser user) {
    return user == null || user.getKey() == null ? "" : user.getKey();
  }
}
