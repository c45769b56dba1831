package com.atlassian.jira.issue.customfields.persistence;

/**
 * Stand-in for the database column kinds of custom field values: a final class with constants, not
 * an enum.
 *
 * <p>Mirrors the jira-api source (4.x to 6.x) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.html
 * (7.x). Constants are fields, read with {@code getstatic}, so only their names and type must match
 * Jira's.
 */
public final class PersistenceFieldType {

  public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();
  public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();
  public static final PersistenceFieldType TYPE_DATE = new PersistenceFieldType();
  public static final PersistenceFieldType TYPE_DECIMAL = new PersistenceFieldType();

  private PersistenceFieldType() {}
}
