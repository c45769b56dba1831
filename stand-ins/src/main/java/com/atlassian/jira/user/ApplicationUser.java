package com.atlassian.jira.user;

/**
 * Stand-in for a Jira user ({@code @PublicApi}): the app reads the key (to keep one user's rows
 * apart from another's) and the display name (owners and authors on the board).
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html
 * (7.x); {@code getDisplayName()} is also called by alanmosely/jira-watcher-field-plugin, built
 * against jira-api 10.3.0.
 */
public interface ApplicationUser {

  String getKey();

  String getDisplayName();
}
