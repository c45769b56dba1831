package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in for Jira's issue type manager ({@code @PublicApi}, since 5.0). A new type joins the
 * default issue type scheme; its avatar id must not be null.
 *
 * <p>Mirrors the 6.3 jira-api source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/config/IssueTypeManager.java);
 * {@code createIssueType(String, String, Long)} is called by a plugin built against jira-api 11.3.6
 * and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html (kind and
 * package; the members are confirmed by the code above).
 */
public interface IssueTypeManager {

  IssueType createIssueType(String name, String description, Long avatarId);

  Collection<IssueType> getIssueTypes();

  IssueType getIssueType(String id);
}
