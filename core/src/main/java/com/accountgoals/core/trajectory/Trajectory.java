package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a business goal should be on any day: a line from the baseline through each milestone
 * (target value by due date) to the goal's target on its due date, straight between two points.
 * Before the baseline the plan is the baseline; after the due date it is the target.
 *
 * <p>Kept as two arrays of days and values, because the board asks every business goal of an
 * account for its planned value.
 */
public final class Trajectory {

  private final long[] days;
  private final double[] values;
  private final Direction direction;

  private Trajectory(long[] days, double[] values, Direction direction) {
    this.days = days;
    this.values = values;
    this.direction = direction;
  }

  /**
   * The trajectory of {@code goal} through those of {@code milestones} that have a target and a due
   * date strictly between the goal's baseline date and due date. Milestones outside that span
   * cannot be a point on the way; the SMART check reports them. A milestone on the same day as
   * another keeps the first one given; the goal's own target always wins its due date.
   *
   * @return empty when the goal lacks a baseline, a target or a due date
   */
  public static Optional<Trajectory> of(Goal goal, Collection<Goal> milestones) {
    Metric metric = goal.metric();
    if (!metric.hasBaseline() || !metric.hasTarget() || !goal.hasDueDate()) {
      return Optional.empty();
    }
    Reading baseline = metric.baseline();
    LocalDate due = goal.dueDate();
    if (!baseline.date().isBefore(due)) {
      return Optional.of(flat(metric));
    }
    // Straight into arrays, milestones insertion-sorted: a board builds one per business goal.
    long[] days = new long[milestones.size() + 2];
    double[] values = new double[days.length];
    days[0] = baseline.date().toEpochDay();
    values[0] = baseline.value();
    int n = 1;
    for (Goal milestone : milestones) {
      LocalDate date = milestone.dueDate();
      if (milestone.metric().hasTarget()
          && date != null
          && date.isAfter(baseline.date())
          && date.isBefore(due)) {
        n = insert(days, values, n, date.toEpochDay(), milestone.metric().target());
      }
    }
    days[n] = due.toEpochDay();
    values[n] = metric.target();
    n++;
    Direction direction = metric.direction();
    if (n < days.length) { // some milestones did not count
      return Optional.of(
          new Trajectory(Arrays.copyOf(days, n), Arrays.copyOf(values, n), direction));
    }
    return Optional.of(new Trajectory(days, values, direction));
  }

  /** Inserts a point in day order unless the day already has one; returns the new count. */
  private static int insert(long[] days, double[] values, int count, long day, double value) {
    int at = count;
    while (at > 0 && days[at - 1] > day) {
      at--;
    }
    if (days[at - 1] == day) {
      return count; // of two milestones on one day, the first given wins
    }
    System.arraycopy(days, at, days, at + 1, count - at);
    System.arraycopy(values, at, values, at + 1, count - at);
    days[at] = day;
    values[at] = value;
    return count + 1;
  }

  // A baseline dated on or after the due date leaves no time to plan: the target holds throughout.
  private static Trajectory flat(Metric metric) {
    return new Trajectory(
        new long[] {metric.baseline().date().toEpochDay()},
        new double[] {metric.target()},
        metric.direction());
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
    double fraction = (double) (day - days[before]) / (days[after] - days[before]);
    return values[before] + fraction * (values[after] - values[before]);
  }

  /**
   * The health of the goal on {@code date} when its actual value is {@code actual}: the shortfall
   * against plan, in the goal's direction, measured against the tolerance.
   */
  public Health healthOn(LocalDate date, double actual, HealthTolerance tolerance) {
    double shortfall = -direction.gain(plannedOn(date), actual);
    return tolerance.classify(shortfall, span());
  }

  /** True when the goal is behind or off track on {@code date}. */
  public boolean isBehindOn(LocalDate date, double actual, HealthTolerance tolerance) {
    return healthOn(date, actual, tolerance).needsAttention();
  }

  /** The points of the line in date order: baseline, milestones, target. */
  public List<Reading> points() {
    List<Reading> points = new ArrayList<>(days.length);
    for (int i = 0; i < days.length; i++) {
      points.add(Reading.of(values[i], LocalDate.ofEpochDay(days[i])));
    }
    return points;
  }

  public Direction direction() {
    return direction;
  }

  /**
   * The whole planned change, which tolerances are fractions of. A goal that holds a level (target
   * equal to baseline) has no change; its level itself is the measure, or 1 for a level of zero.
   */
  private double span() {
    double change = Math.abs(values[values.length - 1] - values[0]);
    if (change > 0) {
      return change;
    }
    double level = Math.abs(values[0]);
    return level > 0 ? level : 1;
  }
}
