package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Stand-in for Jira's issue link type manager ({@code @PublicApi}). {@code createIssueLinkType}
 * returns nothing: the new type is found again by its name.
 *
 * <p>Mirrors the 6.3 jira-api source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/link/IssueLinkTypeManager.java);
 * {@code createIssueLinkType} and {@code getIssueLinkTypes(boolean)} called by a plugin built
 * against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
 * (kind and package; the members are confirmed by the code above).
 */
public interface IssueLinkTypeManager {

  void createIssueLinkType(String name, String outward, String inward, String style);

  Collection<IssueLinkType> getIssueLinkTypes(boolean excludeSystemLinks);

  IssueLinkType getIssueLinkType(Long id);

  Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
