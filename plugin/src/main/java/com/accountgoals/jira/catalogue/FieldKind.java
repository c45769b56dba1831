package com.accountgoals.jira.catalogue;

/**
 * The kind of Jira custom field that carries a value: Jira's own types wherever they carry it, so
 * that JQL works without the app, and the app's own types only where Jira has none.
 *
 * <p>The system keys are Jira's {@code com.atlassian.jira.plugin.system.customfieldtypes} module
 * keys. Setup must confirm each against Jira's documentation before it relies on it (see {@code
 * shared/jira-platform.md} §3.3); the app's own keys are those of {@code atlassian-plugin.xml}.
 */
public enum FieldKind {
  /** One option of a fixed list. */
  SELECT(true),
  /** Check boxes; the app uses a single box as a flag. */
  CHECKBOXES(true),
  /** A decimal number. */
  NUMBER(false),
  /** A day without a time. */
  DATE(false),
  /** A single line of text. */
  TEXT(false),
  /** The app's traffic light. */
  TRAFFIC_LIGHT(false),
  /** Calculated by the app from the goal and its milestones; never edited. */
  CALCULATED_NUMBER(false),
  /** Calculated by the app from the goal and its milestones; never edited. */
  CALCULATED_CHOICE(false);

  private final boolean hasOptions;

  FieldKind(boolean hasOptions) {
    this.hasOptions = hasOptions;
  }

  /** Whether the field's values are options that setup creates. */
  public boolean hasOptions() {
    return hasOptions;
  }
}
