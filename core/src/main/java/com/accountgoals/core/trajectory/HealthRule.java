package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Readings;
import com.accountgoals.core.goal.UnitTolerance;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How healthy an open business goal is on a day. In this order:
 *
 * <ol>
 *   <li><b>Not measured</b>: no reading on or before the day (the baseline is not a reading), or no
 *       direction or target to read one against; for an increase or decrease also no baseline or
 *       due date to plan with.
 *   <li><b>Floors and ceilings</b> (keep at least, keep at most), by the value against the target
 *       valid on the day: on the right side, on track; on the wrong side by at most the goal's own
 *       tolerance ({@link UnitTolerance#offTrackBeyond()}, in its unit), watch; beyond it, off
 *       track. Without a tolerance of its own a floor or ceiling has none: any value on the wrong
 *       side is off track (the board's tolerances are shares of a planned change, and a level to
 *       hold has none).
 *   <li>An increase or decrease whose target a reading has <b>reached</b> (up to the day): on
 *       track.
 *   <li>Its <b>due date has passed</b> without that: off track.
 *   <li><b>Steps</b> (whole-number metrics): off track when two milestone dates have passed without
 *       their value; behind when one has; watch when the next milestone (or the target) is not yet
 *       reached and due within a month, or within the last quarter of its interval if that is
 *       shorter; else on track. A goal of winning one thing (0 → 1) is therefore never off track
 *       before its due date.
 *   <li><b>Lines</b> (continuous metrics), by the shortfall against the planned value on the day:
 *       at most the first tolerance, on track; at most the second, watch, or behind if a milestone
 *       date has passed without its value; beyond the second, off track. The tolerances are the
 *       goal's own ({@link UnitTolerance}, in its unit) or else the board's ({@link
 *       HealthTolerance}, shares of the planned change from start to target).
 * </ol>
 *
 * A milestone's value counts as reached when the value on its day reaches it (met on time) or a
 * later reading up to the day does (met late). Readings dated after the day are never used.
 */
public final class HealthRule {

  private HealthRule() {}

  /**
   * The health of {@code goal} on {@code date} against {@code plan}.
   *
   * @param plan the goal's plan (see {@link Trajectory}); {@code null} when it has none
   * @param defaults the board's tolerances for lines
   */
  public static Health healthOn(
      Goal goal, Trajectory plan, LocalDate date, HealthTolerance defaults) {
    Metric metric = goal.metric();
    Direction direction = metric.direction();
    Readings readings = metric.readings();
    if (direction == null || !metric.hasTarget() || !readings.hasValueOn(date)) {
      return Health.NOT_MEASURED;
    }
    double actual = readings.valueOn(date);
    if (direction.isKeep()) {
      return keepHealth(metric, direction, actual, date);
    }
    if (plan == null) {
      return Health.NOT_MEASURED;
    }
    if (readings.firstReaching(plan.target(), direction, LocalDate.MIN, date) != null) {
      return Health.ON_TRACK;
    }
    if (goal.dueDate().isBefore(date)) {
      return Health.OFF_TRACK;
    }
    return plan.isSteps()
        ? stepHealth(plan, readings, direction, date)
        : lineHealth(metric, plan, direction, actual, date, defaults);
  }

  private static Health keepHealth(
      Metric metric, Direction direction, double actual, LocalDate date) {
    double target = metric.targetOn(date);
    if (direction.reaches(actual, target)) {
      return Health.ON_TRACK;
    }
    double shortfall = -direction.gain(target, actual);
    UnitTolerance own = metric.tolerance();
    return own != null && shortfall <= own.offTrackBeyond() ? Health.WATCH : Health.OFF_TRACK;
  }

  private static Health stepHealth(
      Trajectory plan, Readings readings, Direction direction, LocalDate date) {
    int missed = missedMilestones(plan, readings, direction, date);
    if (missed >= 2) {
      return Health.OFF_TRACK;
    }
    if (missed == 1) {
      return Health.BEHIND;
    }
    long today = date.toEpochDay();
    // A plan of one point (a goal due on its baseline day) has only its target to reach.
    for (int i = plan.size() == 1 ? 0 : 1; i < plan.size(); i++) {
      if (plan.dayAt(i) < today) {
        continue;
      }
      if (isReached(plan, i, readings, direction, date)) {
        continue;
      }
      long daysLeft = plan.dayAt(i) - today;
      long monthAhead = ChronoUnit.DAYS.between(date, date.plusMonths(1));
      long lastQuarterOfInterval = i == 0 ? 0 : (plan.dayAt(i) - plan.dayAt(i - 1)) / 4;
      return daysLeft <= Math.min(monthAhead, lastQuarterOfInterval)
          ? Health.WATCH
          : Health.ON_TRACK;
    }
    return Health.ON_TRACK;
  }

  private static Health lineHealth(
      Metric metric,
      Trajectory plan,
      Direction direction,
      double actual,
      LocalDate date,
      HealthTolerance defaults) {
    double shortfall = -direction.gain(plan.plannedOn(date), actual);
    double onTrackWithin;
    double offTrackBeyond;
    UnitTolerance own = metric.tolerance();
    if (own != null) {
      onTrackWithin = own.onTrackWithin();
      offTrackBeyond = own.offTrackBeyond();
    } else {
      double change = Math.max(0, direction.gain(metric.startValue(), metric.target()));
      onTrackWithin = defaults.onTrackWithin() * change;
      offTrackBeyond = defaults.offTrackBeyond() * change;
    }
    if (shortfall <= onTrackWithin) {
      return Health.ON_TRACK;
    }
    if (shortfall > offTrackBeyond) {
      return Health.OFF_TRACK;
    }
    return missedMilestones(plan, metric.readings(), direction, date) > 0
        ? Health.BEHIND
        : Health.WATCH;
  }

  /** How many milestone days (not the start, not the target) passed without their value. */
  static int missedMilestones(
      Trajectory plan, Readings readings, Direction direction, LocalDate date) {
    long today = date.toEpochDay();
    int missed = 0;
    for (int i = 1; i < plan.size() - 1 && plan.dayAt(i) < today; i++) {
      if (!isReached(plan, i, readings, direction, date)) {
        missed++;
      }
    }
    return missed;
  }

  /**
   * True when the plan's point {@code index} was reached by {@code date}: on its day (the value
   * then reaches it) or later (a reading after its day, up to {@code date}, does).
   */
  static boolean isReached(
      Trajectory plan, int index, Readings readings, Direction direction, LocalDate date) {
    LocalDate day = LocalDate.ofEpochDay(Math.min(plan.dayAt(index), date.toEpochDay()));
    double value = plan.valueAt(index);
    if (readings.hasValueOn(day) && direction.reaches(readings.valueOn(day), value)) {
      return true;
    }
    return day.isBefore(date) && readings.firstReaching(value, direction, day, date) != null;
  }
}
