package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.rest.json.JsonData;

/**
 * Stand-in for a custom field type that accepts values through Jira's REST API
 * ({@code @PublicSpi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/fields/rest/RestCustomFieldTypeOperations.html
 * (7.x) and the 6.3 jira-api source.
 */
public interface RestCustomFieldTypeOperations {

  RestFieldOperationsHandler getRestFieldOperation(CustomField field);

  JsonData getJsonDefaultValue(IssueContext issueCtx, CustomField field);
}
