package com.accountgoals.core.goal;

import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One goal of an account: a Jira issue of type Goal or Milestone, as the adapters read it.
 *
 * @param key the issue key; its project is the account (or, for a goal outside the account that one
 *     of its goals supports, that goal's project)
 * @param summary what the goal says, as the team wrote it: at most 255 characters, one line
 * @param level vision, relationship, business goal or milestone
 * @param scope whose goal it is: an individual's, the team's or the company's
 * @param category the kind of goal; {@link GoalCategory#OTHER} when nobody chose one
 * @param kpi true when the team marked the goal as a KPI the QBR tracks, in any category
 * @param owner the person responsible (a Jira user name); {@code null} for a team goal
 * @param dueDate when the goal should be reached; {@code null} if nobody set one
 * @param status open, done or dropped
 * @param supports the goals this one supports (its alignment links), sorted, without repeats
 * @param trafficLight the goal's own traffic light; {@link TrafficLight#none()} if unset
 * @param metric the metric of a measurable goal; {@link Metric#none()} otherwise
 */
public record Goal(
    IssueKey key,
    String summary,
    GoalLevel level,
    GoalScope scope,
    GoalCategory category,
    boolean kpi,
    String owner,
    LocalDate dueDate,
    GoalStatus status,
    List<IssueKey> supports,
    TrafficLight trafficLight,
    Metric metric) {

  public Goal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(supports, "supports");
    Objects.requireNonNull(trafficLight, "trafficLight");
    Objects.requireNonNull(metric, "metric");
    if (summary.isBlank()) {
      throw new InvalidValueException(GoalMessages.SUMMARY_BLANK.key(), key);
    }
    summary = Texts.requireSingleLine(summary.strip());
    owner = owner == null || owner.isBlank() ? null : owner.strip();
    if (supports.contains(key)) {
      throw new InvalidValueException(GoalMessages.SUPPORTS_ITSELF.key(), key);
    }
    supports = supports.size() < 2 ? List.copyOf(supports) : List.copyOf(new TreeSet<>(supports));
  }

  /** The account project the goal belongs to. */
  public ProjectKey project() {
    return key.project();
  }

  /** True when the goal belongs to {@code project}. */
  public boolean belongsTo(ProjectKey project) {
    return key.isIn(project);
  }

  public boolean isAt(GoalLevel someLevel) {
    return level == someLevel;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public boolean isDropped() {
    return status.isDropped();
  }

  public boolean hasDueDate() {
    return dueDate != null;
  }

  public boolean hasOwner() {
    return owner != null;
  }

  /**
   * True when the goal names a goal it supports. Whether that goal is visible is another matter.
   */
  public boolean supportsAnotherGoal() {
    return !supports.isEmpty();
  }

  /** True when the due date is one of the days of {@code window}: "due this quarter". */
  public boolean isDueWithin(DateWindow window) {
    return window.contains(dueDate);
  }

  /**
   * The outcome of this goal on {@code date}, read on its own readings (see {@link Outcome}). A
   * vision or relationship goal has no metric: closed as done it is {@link Outcome#DONE}.
   */
  public Verdict verdictOn(LocalDate date) {
    if (!level.isMeasurable()) {
      return unmeasuredVerdictOn(date);
    }
    return OutcomeRule.judge(metric, dueDate, metric.direction(), metric.readings(), status, date);
  }

  /**
   * The outcome of this milestone on {@code date}, read on its business goal's metric: the value of
   * {@code goal} on or after the milestone's date tells whether the milestone was reached (the
   * milestone's own readings, if it has any), in the goal's direction. The milestone is dropped
   * with its goal, and missed when either is closed without reaching it.
   *
   * @param goal the business goal the milestone belongs to; {@code null} when it has none, and then
   *     the milestone is read on its own metric
   */
  public Verdict verdictAsMilestoneOf(Goal goal, LocalDate date) {
    if (goal == null) {
      return verdictOn(date);
    }
    Readings readings = metric.readings().isEmpty() ? goal.metric().readings() : metric.readings();
    GoalStatus effective = status;
    if (goal.isDropped() || status.isDropped()) {
      effective = GoalStatus.DROPPED;
    } else if (!goal.isOpen()) {
      effective = GoalStatus.DONE;
    }
    return OutcomeRule.judge(metric, dueDate, goal.metric().direction(), readings, effective, date);
  }

  /** The outcome alone, as {@link #verdictOn}. */
  public Outcome outcomeOn(LocalDate date) {
    return verdictOn(date).outcome();
  }

  private Verdict unmeasuredVerdictOn(LocalDate date) {
    if (status.isDropped()) {
      return Verdict.of(Outcome.DROPPED);
    }
    if (status.isDone()) {
      return Verdict.of(Outcome.DONE);
    }
    if (dueDate == null) {
      return Verdict.of(Outcome.UNDATED);
    }
    return Verdict.of(dueDate.isBefore(date) ? Outcome.OVERDUE : Outcome.UPCOMING);
  }
}
