package com.atlassian.jira.avatar;

/**
 * Stand-in for the part of an image an avatar is cropped to. The app never makes one: it passes
 * none to {@code AvatarManager.create}, as the plugin cited there does, so that the whole image is
 * used. No member is mirrored; that Jira's class is not {@code final} is not confirmed (it does not
 * matter for a parameter type).
 *
 * <p>Jira 4.4 Javadoc:
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/avatar/package-summary.html ("Selection:
 * Represents an absolute subrectangle of an image", a class); passed as {@code null} by a plugin
 * built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 */
public class Selection {

  private Selection() {}
}
