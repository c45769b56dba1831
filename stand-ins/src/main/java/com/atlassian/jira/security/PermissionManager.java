package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira's permission manager ({@code @PublicApi}); the app asks whether the calling
 * user may browse a project.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/security/PermissionManager.html (7.x,
 * since 6.3); called with this descriptor by alanmosely/jira-watcher-field-plugin, built against
 * jira-api 10.3.0. The user may be null (anonymous).
 */
public interface PermissionManager {

  boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
