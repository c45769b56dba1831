package com.atlassian.jira.issue.fields.rest.json;

/**
 * Stand-in for a JSON value in Jira's REST field API ({@code @PublicApi}): a {@code Map} for an
 * object, a {@code List} for an array, a {@code String}, a {@code Number}, a {@code Boolean} or
 * null, as Jackson reads untyped JSON.
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonData.html
 * (7.x). Only the members the app uses are declared; the app reads {@link #getData()} itself and
 * avoids {@code convertValue}, whose Jackson flavour in Jira 10 is not confirmed.
 */
public class JsonData {

  private final Object data;

  public JsonData(Object data) {
    this.data = data;
  }

  public Object getData() {
    return data;
  }

  public boolean isNull() {
    return data == null;
  }
}
