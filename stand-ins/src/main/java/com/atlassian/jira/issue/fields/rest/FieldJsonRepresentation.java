package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.fields.rest.json.JsonData;

/**
 * Stand-in for a field's value in REST responses: the plain and optionally the rendered form
 * ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldJsonRepresentation.html
 * (7.x). A plain value holder, as in Jira.
 */
public class FieldJsonRepresentation {

  private final JsonData standardData;
  private JsonData renderedData;

  public FieldJsonRepresentation(JsonData plainData) {
    this(plainData, null);
  }

  public FieldJsonRepresentation(JsonData plainData, JsonData renderedData) {
    this.standardData = plainData;
    this.renderedData = renderedData;
  }

  public JsonData getStandardData() {
    return standardData;
  }

  public JsonData getRenderedData() {
    return renderedData;
  }

  public void setRenderedData(JsonData renderedData) {
    this.renderedData = renderedData;
  }
}
