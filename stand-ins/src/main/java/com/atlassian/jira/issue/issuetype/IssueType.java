package com.atlassian.jira.issue.issuetype;

/**
 * Stand-in for an issue type ({@code @PublicApi}). Jira declares {@code getId} and {@code getName}
 * on its super-interface {@code IssueConstant}; the descriptors are the same and interface method
 * resolution finds them there.
 *
 * <p>Mirrors the 6.3 jira-api source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/issuetype/IssueType.java);
 * {@code getId} and {@code getName} called by a plugin built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html (kind
 * and package; the members are confirmed by the code above).
 */
public interface IssueType {

  String getId();

  String getName();

  boolean isSubTask();
}
