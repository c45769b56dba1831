package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.json.JsonType;

/**
 * Stand-in for a custom field type that describes and renders its value in Jira's REST API
 * ({@code @PublicSpi}).
 *
 * <p>Mirrors the 6.x jira-api source and the Jira 7.x Javadoc of an implementer,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/StringCFType.html.
 * Jira Software 11.1's Javadoc still lists it on {@code GenericTextCFType}.
 */
public interface RestAwareCustomFieldType {

  FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext);

  JsonType getJsonSchema(CustomField customField);

  FieldJsonRepresentation getJsonFromIssue(
      CustomField field,
      Issue issue,
      boolean renderedVersionRequested,
      FieldLayoutItem fieldLayoutItem);
}
