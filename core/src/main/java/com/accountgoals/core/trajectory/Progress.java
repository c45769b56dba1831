package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Values;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How far an increase or decrease goal has come from its start (the baseline; zero for a cumulative
 * metric) towards the target valid on the day, in percent.
 *
 * @param percent the share of the way covered, clamped to 0..100 for bars and charts
 * @param unclampedPercent the same share without clamping: above 100 when the goal overshot its
 *     target, below 0 when it moved the wrong way. Shown next to the bar, so nobody hides either.
 */
public record Progress(double percent, double unclampedPercent) {

  /**
   * The progress of {@code metric} on {@code date}. Empty for floors and ceilings (they hold a
   * level; there is no way to cover), without a reading by then, and while direction, start or
   * target is missing or the target is no way from the start in the goal's direction.
   */
  public static Optional<Progress> of(Metric metric, LocalDate date) {
    Direction direction = metric.direction();
    if (direction == null
        || direction.isKeep()
        || !metric.hasTarget()
        || !(metric.hasBaseline() || metric.isCumulative())
        || !metric.isMeasuredOn(date)) {
      return Optional.empty();
    }
    double start = metric.startValue();
    double target = metric.targetOn(date);
    if (!direction.isBetter(start, target)) {
      return Optional.empty();
    }
    // Bounded values and a way of more than the comparison tolerance keep this finite.
    double raw = 100 * direction.gain(start, metric.actualOn(date)) / direction.gain(start, target);
    if (direction.reaches(metric.actualOn(date), target) && raw < 100) {
      raw = 100; // 0.1 + 0.2 of 0.3 is all of it
    }
    return Optional.of(new Progress(Math.max(0, Math.min(100, raw)), raw));
  }

  /** True when the goal went beyond its target. */
  public boolean isOvershoot() {
    return Values.isAbove(unclampedPercent, 100);
  }

  /** True when the goal is further from its target than it was at the start. */
  public boolean isBackwards() {
    return unclampedPercent < 0;
  }

  /** True when the target is reached or passed. */
  public boolean isComplete() {
    return Values.isAtLeast(unclampedPercent, 100);
  }
}
