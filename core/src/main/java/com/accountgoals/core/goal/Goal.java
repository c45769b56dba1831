package com.accountgoals.core.goal;

import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One goal of an account at one of the four levels: a Jira issue of type Goal or Milestone.
 *
 * @param key the issue key; its project is the account
 * @param summary what the goal says, as the team wrote it
 * @param level vision, relationship, business goal or milestone
 * @param category the kind of goal; {@link GoalCategory#OTHER} when nobody chose one
 * @param owner the person responsible (a Jira user name); {@code null} for a team goal
 * @param dueDate when the goal should be reached; {@code null} if nobody set one
 * @param status open or done
 * @param supports the goal this one supports (the alignment link); {@code null} if none
 * @param trafficLight the goal's own traffic light; {@link TrafficLight#none()} if unset
 * @param metric the metric of a measurable goal; {@link Metric#none()} otherwise
 */
public record Goal(
    IssueKey key,
    String summary,
    GoalLevel level,
    GoalCategory category,
    String owner,
    LocalDate dueDate,
    GoalStatus status,
    IssueKey supports,
    TrafficLight trafficLight,
    Metric metric) {

  public Goal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(trafficLight, "trafficLight");
    Objects.requireNonNull(metric, "metric");
    if (summary.isBlank()) {
      throw new InvalidValueException(GoalMessages.SUMMARY_BLANK.key(), key);
    }
    if (key.equals(supports)) {
      throw new InvalidValueException(GoalMessages.SUPPORTS_ITSELF.key(), key);
    }
    summary = summary.strip();
    owner = owner == null || owner.isBlank() ? null : owner.strip();
  }

  /** The account project the goal belongs to. */
  public ProjectKey project() {
    return key.project();
  }

  public boolean isAt(GoalLevel someLevel) {
    return level == someLevel;
  }

  public boolean isOpen() {
    return status == GoalStatus.OPEN;
  }

  public boolean hasDueDate() {
    return dueDate != null;
  }

  public boolean hasOwner() {
    return owner != null;
  }

  /** True when the goal names a goal it supports. Whether that goal exists is another matter. */
  public boolean supportsAnotherGoal() {
    return supports != null;
  }

  /** True when the due date falls within {@code from} to {@code to}, both included. */
  public boolean isDueBetween(LocalDate from, LocalDate to) {
    return dueDate != null && !dueDate.isBefore(from) && !dueDate.isAfter(to);
  }

  /** True when the due date is one of the days of {@code window}: "due this quarter". */
  public boolean isDueWithin(DateWindow window) {
    return window.contains(dueDate);
  }

  /** Where the goal stands against its due date on {@code date}. */
  public Outcome outcomeOn(LocalDate date) {
    return outcomeOn(date, null);
  }

  /**
   * Where the goal stands against its due date on {@code date}. A measured value decides whether
   * the target was reached; without one, or without a direction to read it in, the team's status
   * does.
   *
   * @param fallbackDirection the direction to read the metric in when it has no baseline of its own
   *     (a milestone: its business goal's); {@code null} if none is known
   */
  public Outcome outcomeOn(LocalDate date, Direction fallbackDirection) {
    if (metric.isTargetReached(fallbackDirection)) {
      return Outcome.MET;
    }
    if (!isOpen()) {
      return metric.isShortOfTarget(fallbackDirection) ? Outcome.MISSED : Outcome.MET;
    }
    if (dueDate == null) {
      return Outcome.UNDATED;
    }
    return dueDate.isBefore(date) ? Outcome.OVERDUE : Outcome.UPCOMING;
  }
}
