package com.atlassian.jira.issue.fields.rest.json;

/**
 * Stand-in for the JSON schema description of a field in REST meta data ({@code @PublicApi}). Built
 * through {@link JsonTypeBuilder}; the constants are copied into the app at compile time and carry
 * Jira's values (6.x jira-api source;
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonType.html,
 * 7.x).
 */
public class JsonType {

  public static final String STRING_TYPE = "string";
  public static final String ANY_TYPE = "any";

  private final String type;
  private final String custom;
  private final Long customId;

  JsonType(String type, String custom, Long customId) {
    this.type = type;
    this.custom = custom;
    this.customId = customId;
  }

  public String getType() {
    return type;
  }

  public String getCustom() {
    return custom;
  }

  public Long getCustomId() {
    return customId;
  }
}
