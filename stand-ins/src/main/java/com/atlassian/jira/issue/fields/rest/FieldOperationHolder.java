package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.fields.rest.json.JsonData;

/**
 * Stand-in for one REST operation on a field: its name ("set") and its JSON value
 * ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.3 jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldOperationHolder.html
 * (7.x). A plain value holder, as in Jira.
 */
public class FieldOperationHolder {

  private final String operation;
  private final JsonData data;

  public FieldOperationHolder(String operation, JsonData data) {
    this.operation = operation;
    this.data = data;
  }

  public String getOperation() {
    return operation;
  }

  public JsonData getData() {
    return data;
  }
}
