package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The plan of an increase or decrease goal: where it should be on any day. It runs from the start
 * (the baseline, or zero at the baseline day for a cumulative metric) through each milestone that
 * counts ({@link MilestonePoints}) to the target on the due date.
 *
 * <ul>
 *   <li>Whole-number metrics are planned in <b>steps</b>: each point's value holds from its day on,
 *       so between two milestones the plan is the earlier one's value.
 *   <li>Continuous metrics are planned as a <b>line</b>, straight between two points.
 * </ul>
 *
 * Before the start the plan is the start value; after the due date it is the target. After a change
 * of the target the {@linkplain #current current} plan is redrawn from the day of the change (from
 * the value measured then, else from the old plan's value) through the milestones still ahead to
 * the new target; the {@linkplain #original original} plan stays, so a re-planned goal cannot
 * quietly turn green. Floors and ceilings have no plan: they are judged by the side of their
 * target.
 */
public final class Trajectory {

  private final long[] days;
  private final double[] values;
  private final boolean steps;

  private Trajectory(long[] days, double[] values, boolean steps) {
    this.days = days;
    this.values = values;
    this.steps = steps;
  }

  /**
   * The plan the goal is judged by on {@code date}: the original one, redrawn from the last change
   * of the target made on or before that day, if there was one. Changes made later are not known on
   * that day.
   *
   * @return empty for floors and ceilings, and while direction, start, target or due date is
   *     missing
   */
  public static Optional<Trajectory> current(
      Goal goal, MilestonePoints milestones, LocalDate date) {
    Optional<Trajectory> original = original(goal, milestones);
    Metric metric = goal.metric();
    TargetChange last = lastChangeBy(metric, date);
    if (original.isEmpty() || last == null) {
      return original;
    }
    LocalDate from = last.date();
    long start = original.get().days[0];
    double target = metric.targetOn(date);
    if (from.toEpochDay() <= start || !from.isBefore(goal.dueDate())) {
      return Optional.of(build(goal, milestones.points(), start, original.get().values[0], target));
    }
    double value =
        metric.isMeasuredOn(from) ? metric.actualOn(from) : original.get().plannedOn(from);
    List<MilestonePoint> ahead = new ArrayList<>();
    for (MilestonePoint point : milestones.points()) {
      if (point.date().isAfter(from)) {
        ahead.add(point);
      }
    }
    return Optional.of(build(goal, ahead, from.toEpochDay(), value, target));
  }

  /** The last change of the target made on or before {@code date}; {@code null} if none. */
  static TargetChange lastChangeBy(Metric metric, LocalDate date) {
    TargetChange last = null;
    for (TargetChange change : metric.targetChanges()) {
      if (!change.date().isAfter(date)) {
        last = change;
      }
    }
    return last;
  }

  /**
   * The plan as first drawn: from the start through the milestones to the original target.
   *
   * @return empty for floors and ceilings, and while direction, start, target or due date is
   *     missing
   */
  public static Optional<Trajectory> original(Goal goal, MilestonePoints milestones) {
    Metric metric = goal.metric();
    Direction direction = metric.direction();
    if (direction == null
        || direction.isKeep()
        || !metric.hasTarget()
        || !metric.hasBaseline()
        || !goal.hasDueDate()) {
      return Optional.empty();
    }
    long start = metric.baseline().date().toEpochDay();
    return Optional.of(
        build(goal, milestones.points(), start, metric.startValue(), metric.originalTarget()));
  }

  private static Trajectory build(
      Goal goal, List<MilestonePoint> points, long startDay, double startValue, double target) {
    Metric metric = goal.metric();
    long due = goal.dueDate().toEpochDay();
    boolean steps = metric.isWholeNumbers();
    if (startDay >= due) {
      // No time to plan: the target holds throughout.
      return new Trajectory(new long[] {startDay}, new double[] {target}, steps);
    }
    long[] days = new long[points.size() + 2];
    double[] values = new double[days.length];
    days[0] = startDay;
    values[0] = startValue;
    int n = 1;
    for (MilestonePoint point : points) {
      long day = point.date().toEpochDay();
      if (day > days[n - 1] && day < due) {
        days[n] = day;
        values[n] = point.value();
        n++;
      }
    }
    days[n] = due;
    values[n] = target;
    n++;
    if (n < days.length) { // some milestones fell outside the span
      days = Arrays.copyOf(days, n);
      values = Arrays.copyOf(values, n);
    }
    return new Trajectory(days, values, steps);
  }

  /** The planned value on {@code date}. */
  public double plannedOn(LocalDate date) {
    long day = date.toEpochDay();
    int last = days.length - 1;
    if (day <= days[0]) {
      return values[0];
    }
    if (day >= days[last]) {
      return values[last];
    }
    int found = Arrays.binarySearch(days, day);
    if (found >= 0) {
      return values[found];
    }
    int after = -found - 1;
    int before = after - 1;
    if (steps) {
      return values[before];
    }
    double fraction = (double) (day - days[before]) / (days[after] - days[before]);
    return values[before] + fraction * (values[after] - values[before]);
  }

  /** The points of the plan in day order: start, milestones, target. */
  public List<Reading> points() {
    List<Reading> points = new ArrayList<>(days.length);
    for (int i = 0; i < days.length; i++) {
      points.add(Reading.of(values[i], LocalDate.ofEpochDay(days[i])));
    }
    return points;
  }

  /** True when the plan moves in steps (whole numbers), false for a line. */
  public boolean isSteps() {
    return steps;
  }

  /** The number of points, start and target included. */
  int size() {
    return days.length;
  }

  long dayAt(int index) {
    return days[index];
  }

  double valueAt(int index) {
    return values[index];
  }

  /** The target the plan ends at. */
  double target() {
    return values[values.length - 1];
  }
}
