package com.accountgoals.jira.rows.mapping;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.MetricKind;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.Readings;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.goal.UnitTolerance;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Turns one Jira issue, with its change history and alignment links, into core's {@link Goal} or
 * {@link Action}. Stateless apart from the board's {@link ReadProblems}: one goal and its
 * milestones can be read alone, as a board reads them all.
 *
 * <p>Where each value lives: the level is the Milestone issue type or the goal-level option; the
 * due date is Jira's due date, the owner the assignee's display name, the status Jira's resolution
 * ({@link StatusMapping}); target changes and dated readings come from the change history of the
 * target and actual fields, the reason of a target change from the target-change-reason field
 * changed in the same edit ({@link ValueHistory}). Vision and relationship goals carry no metric:
 * their metric fields are not read.
 *
 * <p>A value core refuses is left out and reported, and the goal is listed with the rest; only an
 * issue core cannot list at all (a blank summary) is left out, and reported.
 */
public final class IssueRows {

  private final AppFields fields;
  private final InstalledItems items;
  private final StatusMapping status;
  private final ReadProblems problems;
  private final ZoneId zone;

  /**
   * Reads issues with {@code fields}; {@code zone} is the zone of "today", in which a change or the
   * creation of an issue falls on its day.
   */
  public IssueRows(
      AppFields fields,
      InstalledItems items,
      StatusMapping status,
      ReadProblems problems,
      ZoneId zone) {
    this.fields = Objects.requireNonNull(fields, "fields");
    this.items = Objects.requireNonNull(items, "items");
    this.status = Objects.requireNonNull(status, "status");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The goal or milestone {@code issue} is, with its {@code histories} (any order) and the keys of
   * the goals it {@code supports}; null when core cannot list it at all (reported).
   */
  public Goal goal(Issue issue, List<ChangeHistory> histories, List<IssueKey> supports) {
    IssueKey key = IssueKey.of(issue.getKey());
    FieldValues values = new FieldValues(issue, key, fields, items, problems);
    GoalLevel level = levelOf(issue, key, values);
    try {
      return new Goal(
          key,
          issue.getSummary() == null ? "" : issue.getSummary(),
          level,
          values.choice(AppField.SCOPE, GoalScope.class).orElse(GoalScope.TEAM),
          values.choice(AppField.CATEGORY, GoalCategory.class).orElse(GoalCategory.OTHER),
          values.isTicked(AppField.KPI, "KPI"),
          nameOf(issue.getAssignee()),
          dayOf(issue.getDueDate()),
          status.statusOf(issue.getResolutionId()),
          supports,
          lightOf(key, values),
          level.isMeasurable()
              ? metricOf(issue, key, values, new ValueHistory(histories, key, problems, zone))
              : Metric.none());
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "not listed, the goal was refused (" + e.messageKey() + ")");
      return null;
    }
  }

  /**
   * The action {@code issue} is, serving the goal {@code supports}; null when core cannot list it
   * (reported).
   */
  public Action action(Issue issue, IssueKey supports) {
    IssueKey key = IssueKey.of(issue.getKey());
    try {
      return new Action(
          key,
          issue.getSummary() == null ? "" : issue.getSummary(),
          nameOf(issue.getAssignee()),
          dayOf(issue.getDueDate()),
          status.statusOf(issue.getResolutionId()),
          supports);
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "not listed, the action was refused (" + e.messageKey() + ")");
      return null;
    }
  }

  private GoalLevel levelOf(Issue issue, IssueKey key, FieldValues values) {
    String milestoneType = items.issueTypeId(AppIssueType.MILESTONE).orElse(null);
    if (milestoneType != null && milestoneType.equals(issue.getIssueTypeId())) {
      return GoalLevel.MILESTONE;
    }
    return values
        .choice(AppField.GOAL_LEVEL, GoalLevel.class)
        .orElseGet(
            () -> {
              problems.partlyRead(key, "no goal level, read as a business goal");
              return GoalLevel.BUSINESS;
            });
  }

  private TrafficLight lightOf(IssueKey key, FieldValues values) {
    String stored = values.text(AppField.TRAFFIC_LIGHT);
    if (stored == null) {
      return TrafficLight.none();
    }
    try {
      return TrafficLightCodec.decode(stored);
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "unreadable traffic light (" + e.messageKey() + ")");
      return TrafficLight.none();
    }
  }

  private Metric metricOf(Issue issue, IssueKey key, FieldValues values, ValueHistory history) {
    Double target = values.number(AppField.TARGET);
    List<TargetChange> changes =
        target == null
            ? List.of()
            : history.targetChanges(nameOf(AppField.TARGET), nameOf(AppField.TARGET_CHANGE_REASON));
    Readings readings =
        Readings.of(
            history.readings(
                nameOf(AppField.ACTUAL), values.number(AppField.ACTUAL), issue.getCreated()));
    Direction direction = values.choice(AppField.DIRECTION, Direction.class).orElse(null);
    MetricKind kind =
        values.choice(AppField.METRIC_KIND, MetricKind.class).orElse(MetricKind.LEVEL);
    MetricScale scale =
        values.choice(AppField.METRIC_SCALE, MetricScale.class).orElse(MetricScale.CONTINUOUS);
    UnitTolerance tolerance = toleranceOf(key, values);
    try {
      return new Metric(
          unitOf(values),
          direction,
          kind,
          scale,
          baselineOf(issue, key, values),
          target,
          changes,
          readings,
          tolerance);
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "unit or target refused (" + e.messageKey() + ")");
      return new Metric(null, direction, kind, scale, null, null, List.of(), readings, tolerance);
    }
  }

  private String unitOf(FieldValues values) {
    String unit = values.text(AppField.UNIT);
    return unit == null || unit.isBlank() ? null : unit;
  }

  private Reading baselineOf(Issue issue, IssueKey key, FieldValues values) {
    Double value = values.number(AppField.BASELINE);
    if (value == null) {
      return null;
    }
    Timestamp date = values.date(AppField.BASELINE_DATE);
    Timestamp created = issue.getCreated();
    if (date == null && created == null) {
      problems.partlyRead(key, "a baseline without a date");
      return null;
    }
    try {
      return Reading.of(value, date != null ? dayOf(date) : ValueHistory.day(created, zone));
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "baseline refused (" + e.messageKey() + ")");
      return null;
    }
  }

  private UnitTolerance toleranceOf(IssueKey key, FieldValues values) {
    Double tolerance = values.number(AppField.TOLERANCE);
    if (tolerance == null) {
      return null;
    }
    try {
      return UnitTolerance.of(tolerance);
    } catch (InvalidValueException e) {
      problems.partlyRead(key, "tolerance refused (" + e.messageKey() + ")");
      return null;
    }
  }

  private String nameOf(AppField field) {
    return fields.field(field).map(CustomField::getUntranslatedName).orElse(null);
  }

  private static String nameOf(ApplicationUser user) {
    return user == null ? null : user.getDisplayName();
  }

  /**
   * The day of a date field (due date, baseline date): Jira keeps a date as midnight in the JVM's
   * zone, so it is read there, whatever the zone of "today".
   */
  private static LocalDate dayOf(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
  }
}
