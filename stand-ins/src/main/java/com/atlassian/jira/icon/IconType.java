package com.atlassian.jira.icon;

/**
 * Stand-in for the kind of an avatar's owner (issue type, project, user). The app only reads the
 * constant {@link #ISSUE_TYPE_ICON_TYPE}; that Jira declares the class {@code final} is not
 * confirmed (it does not matter for reading a static field).
 *
 * <p>{@code IconType.ISSUE_TYPE_ICON_TYPE} as read by a plugin built against jira-api 11.3.6 and
 * 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 *
 * <p>Jira 7.x Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/icon/IconType.html
 * (kind and package; the members are confirmed by the code above).
 */
public final class IconType {

  public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

  private IconType() {}
}
