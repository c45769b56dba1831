package com.atlassian.jira.issue.fields.rest.json;

/**
 * Stand-in for the factory of {@link JsonType}s. {@code custom(type, customFieldTypeKey,
 * customFieldId)} is what Jira's own text field type uses.
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonTypeBuilder.html
 * (7.x).
 */
public class JsonTypeBuilder {

  public static JsonType custom(String type, String custom, Long customId) {
    return new JsonType(type, custom, customId);
  }
}
