package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for Jira's project permission constants ({@code @PublicApi}, a final class). The field
 * is an object, not a compile-time constant, so the app reads Jira's own value at run time.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/ProjectPermissions.html
 * (7.x); {@code BROWSE_PROJECTS} is also used by alanmosely/jira-watcher-field-plugin, built
 * against jira-api 10.3.0.
 */
public final class ProjectPermissions {

  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");

  private ProjectPermissions() {}
}
