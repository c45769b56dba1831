package com.atlassian.jira.avatar;

/**
 * Stand-in for an avatar, an icon of a project, user or issue type ({@code @PublicApi}): the app
 * reads only the id of one it created.
 *
 * <p>Jira 7.x Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html
 * (an interface; {@code Long getId()}: "The database identifier for the Avatar").
 *
 * <p>{@code getId()} on the avatar {@code AvatarManager.create} returns, as called by a plugin
 * built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 */
public interface Avatar {

  Long getId();
}
