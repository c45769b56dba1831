package com.atlassian.jira.issue;

/**
 * Stand-in for the input of an issue create or update ({@code @PublicApi}); the app adds its
 * field's value under the field's id, which Jira then reads as the field's null-key parameter.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html and the
 * 6.x jira-api source.
 */
public interface IssueInputParameters {

  IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);
}
