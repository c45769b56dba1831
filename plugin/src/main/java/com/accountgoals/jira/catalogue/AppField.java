package com.accountgoals.jira.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every custom field the app creates, with its kind and, for fields with options, the option
 * constants in the order shown. An option constant is the name of core's enum constant it stands
 * for ({@code GoalLevel.BUSINESS}, {@code Direction.KEEP_AT_LEAST}); the option's text in Jira is
 * translated at setup and may be renamed later, so the app maps options by the id setup recorded,
 * never by their text.
 *
 * <p>Where a value lives that is not a field: the due date is Jira's due date, the owner the
 * assignee, the status Jira's resolution (mapped to done or dropped on the admin page), alignment
 * the {@link AppLinkType} links, target history and dated actual values the change history of
 * {@link #TARGET} and {@link #ACTUAL}.
 */
public enum AppField {
  /** Vision, relationship or business; milestones are the Milestone issue type. */
  GOAL_LEVEL(FieldKind.SELECT, "VISION", "RELATIONSHIP", "BUSINESS"),
  /** Whose goal it is: an individual's, a team's or the company's. */
  SCOPE(FieldKind.SELECT, "INDIVIDUAL", "TEAM", "COMPANY"),
  /** What kind of business goal it is (core's {@code GoalCategory}). */
  CATEGORY(
      FieldKind.SELECT,
      "REVENUE",
      "RETENTION",
      "NEW_BUSINESS",
      "ACCOUNT_BASED",
      "ACTIVITY_BASED",
      "TERRITORY",
      "MARKET_SHARE",
      "MARGIN",
      "PROFITABILITY"),
  /** Which way the metric should move, as the team chose it. */
  DIRECTION(FieldKind.SELECT, "INCREASE", "DECREASE", "KEEP_AT_LEAST", "KEEP_AT_MOST"),
  /** A level (a value at a moment) or cumulative (a total so far). */
  METRIC_KIND(FieldKind.SELECT, "LEVEL", "CUMULATIVE"),
  /** Whole numbers (products, contracts) or continuous (money, rates). */
  METRIC_SCALE(FieldKind.SELECT, "WHOLE_NUMBERS", "CONTINUOUS"),
  /** The metric's unit, as the team writes it ("licences", "EUR"). */
  UNIT(FieldKind.TEXT),
  /** The metric's value at the start. */
  BASELINE(FieldKind.NUMBER),
  /** The day the baseline was measured. */
  BASELINE_DATE(FieldKind.DATE),
  /** The value to reach (or to stay beyond); its change history is the target history. */
  TARGET(FieldKind.NUMBER),
  /** Why the target was last changed; read beside each change of {@link #TARGET}. */
  TARGET_CHANGE_REASON(FieldKind.TEXT),
  /** The latest measured value; its change history gives the dated readings. */
  ACTUAL(FieldKind.NUMBER),
  /** How far a floor or ceiling may be missed, in the metric's unit, before it is off track. */
  TOLERANCE(FieldKind.NUMBER),
  /** A single box: the goal is one of the account's KPIs. */
  KPI(FieldKind.CHECKBOXES, "KPI"),
  /** The app's traffic light. */
  TRAFFIC_LIGHT(FieldKind.TRAFFIC_LIGHT),
  /** How far a business goal has come, 0 to 100 (more past its target), searchable. */
  PROGRESS(FieldKind.CALCULATED_NUMBER),
  /** On track, watch, behind, off track or not measured (core's {@code Health}), searchable. */
  HEALTH(FieldKind.CALCULATED_CHOICE, "ON_TRACK", "WATCH", "BEHIND", "OFF_TRACK", "NOT_MEASURED");

  private final FieldKind kind;
  private final List<String> options;

  AppField(FieldKind kind, String... options) {
    this.kind = kind;
    this.options = List.copyOf(Arrays.asList(options));
  }

  /** The kind of Jira field that carries the value. */
  public FieldKind kind() {
    return kind;
  }

  /** The option constants, in the order shown; empty for fields without options. */
  public List<String> options() {
    return options;
  }

  /** The i18n key of the field's name, as created in Jira. */
  public String nameKey() {
    return "account-goals.field." + slug() + ".name";
  }

  /** The i18n key of the field's description, as created in Jira. */
  public String descriptionKey() {
    return "account-goals.field." + slug() + ".description";
  }

  /** The i18n key of an option's text, as created in Jira. */
  public String optionKey(String option) {
    if (!options.contains(option)) {
      throw new IllegalArgumentException(name() + " has no option " + option);
    }
    return "account-goals.field." + slug() + ".option." + option.toLowerCase(Locale.ROOT);
  }

  private String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
