package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Stand-in for Jira's avatar manager ({@code @PublicApi}): the app asks it only for the default
 * issue type avatar.
 *
 * <p>{@code getDefaultAvatarId(IconType)} as called by a plugin built against jira-api 11.3.6 and
 * 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/package-summary.html
 * (AvatarManager an interface) (kind and package; the members are confirmed by the code above).
 */
public interface AvatarManager {

  Long getDefaultAvatarId(IconType iconType);
}
