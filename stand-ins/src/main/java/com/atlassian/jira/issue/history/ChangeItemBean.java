package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in for one changed field of a change history ({@code @PublicApi}, a plain bean). A value
 * holder, as Jira's is, so tests can build change items.
 *
 * <p>Mirrors the 6.3 jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html
 * (7.x): the seven-argument constructor, the getters, and {@code CUSTOM_FIELD = "custom"}, the
 * field type of a custom field's change item (whose {@code field} is the custom field's name).
 */
public class ChangeItemBean {

  public static final String CUSTOM_FIELD = "custom";

  private final String fieldType;
  private final String field;
  private final String from;
  private final String fromString;
  private final String to;
  private final String toString;
  private final Timestamp created;

  public ChangeItemBean(
      String fieldType,
      String field,
      String from,
      String fromString,
      String to,
      String toString,
      Timestamp created) {
    this.fieldType = fieldType;
    this.field = field;
    this.from = from;
    this.fromString = fromString;
    this.to = to;
    this.toString = toString;
    this.created = created;
  }

  public String getFieldType() {
    return fieldType;
  }

  public String getField() {
    return field;
  }

  public String getFrom() {
    return from;
  }

  public String getFromString() {
    return fromString;
  }

  public String getTo() {
    return to;
  }

  public String getToString() {
    return toString;
  }

  public Timestamp getCreated() {
    return created;
  }
}
