package com.atlassian.jira.security.plugin;

/**
 * Stand-in for the key of a project permission ({@code @PublicApi}, a final class). The app only
 * passes Jira's own constants on; the constructor is declared because the stand-in's constants need
 * one (the app never calls it).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 * (7.x): {@code public ProjectPermissionKey(String permissionKey)}.
 */
public final class ProjectPermissionKey {

  public ProjectPermissionKey(String permissionKey) {
    // the stand-in keeps nothing: the app only passes Jira's own constants on
  }
}
