package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/**
 * Stand-in for Jira's issue type screen scheme manager.
 *
 * <p>{@code getIssueTypeScreenScheme(Project)} called by a plugin built against jira-api 11.3.6 and
 * 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java);
 * 6.3 source
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeManager.java).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeManager.html
 * (kind and package; the members are confirmed by the code above).
 */
public interface IssueTypeScreenSchemeManager {

  IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
