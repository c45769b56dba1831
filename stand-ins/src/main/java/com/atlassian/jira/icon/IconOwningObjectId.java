package com.atlassian.jira.icon;

/**
 * Stand-in for the id of the object an avatar belongs to (a project, user or issue type id as
 * text). The app makes one with its public constructor; that Jira declares the class {@code final}
 * is not confirmed (it does not matter for calling a constructor).
 *
 * <p>{@code new IconOwningObjectId(String)}, for an issue type avatar, as called by a plugin built
 * against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java),
 * and for user avatars by other plugins.
 *
 * <p>Jira 7.x Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/icon/IconType.html
 * (the package of the icon types the owner id goes with).
 */
public class IconOwningObjectId {

  public IconOwningObjectId(String id) {}
}
