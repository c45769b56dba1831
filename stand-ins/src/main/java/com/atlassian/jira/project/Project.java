package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in for a project ({@code @PublicApi}).
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/project/Project.html (7.x)
 * and the 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/Project.java);
 * {@code getKey}, {@code getId} and {@code getIssueTypes} called by a plugin built against jira-api
 * 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 */
public interface Project {

  Long getId();

  String getKey();

  String getName();

  Collection<IssueType> getIssueTypes();
}
