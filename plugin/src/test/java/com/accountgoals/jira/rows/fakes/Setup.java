package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.TodayZone;
import com.accountgoals.jira.testing.FakeCustomField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What setup recorded in the tests: issue types, one custom field per app field (ids from 10100 in
 * declaration order), option ids (from 20000) and the alignment link type.
 */
public final class Setup {

  public static final String GOAL_TYPE = "10005";
  public static final String MILESTONE_TYPE = "10006";
  public static final String TASK_TYPE = "3";
  public static final long LINK_TYPE = 10200L;
  public static final long OTHER_LINK_TYPE = 10000L;

  private static final Map<AppField, FakeCustomField> FIELDS = new EnumMap<>(AppField.class);
  private static final Map<AppField, Map<String, Long>> OPTIONS = new EnumMap<>(AppField.class);

  static {
    long optionId = 20_000;
    for (AppField field : AppField.values()) {
      FIELDS.put(
          field, new FakeCustomField(10_100 + field.ordinal(), field.name().replace('_', ' ')));
      Map<String, Long> ids = new HashMap<>();
      for (String option : field.options()) {
        ids.put(option, optionId++);
      }
      OPTIONS.put(field, ids);
    }
  }

  private Setup() {}

  /** The zone of today as Jira's default time zone: the JVM's, as the tests' timestamps are. */
  public static TodayZone jvmZone() {
    return new TodayZone(java.util.TimeZone::getDefault);
  }

  /** The custom field of {@code field}. */
  public static FakeCustomField field(AppField field) {
    return FIELDS.get(field);
  }

  /** The option id of {@code option} of {@code field}. */
  public static long option(AppField field, String option) {
    return OPTIONS.get(field).get(option);
  }

  /** Everything recorded. */
  public static InstalledItems installed() {
    Map<AppField, String> fields = new EnumMap<>(AppField.class);
    FIELDS.forEach((field, custom) -> fields.put(field, custom.getId()));
    return new InstalledItems(
        Map.of(AppIssueType.GOAL, GOAL_TYPE, AppIssueType.MILESTONE, MILESTONE_TYPE),
        fields,
        OPTIONS,
        LINK_TYPE);
  }
}
