package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Metric;
import java.util.Optional;

/**
 * How far a goal has come from its baseline towards its target, in percent.
 *
 * @param percent the share of the way covered, clamped to 0..100 for bars and charts
 * @param unclampedPercent the same share without clamping: above 100 when the goal overshot its
 *     target, below 0 when it moved the wrong way. Shown next to the bar, so nobody hides either.
 */
public record Progress(double percent, double unclampedPercent) {

  /**
   * The progress of {@code metric}, or empty when it lacks a baseline, a target or an actual. A
   * goal that holds a level (target equal to baseline) is at 100 % while it holds it and 0 % below
   * it.
   */
  public static Optional<Progress> of(Metric metric, java.time.LocalDate date) {
    if (!metric.hasBaseline() || !metric.hasTarget() || !metric.isMeasuredOn(date)) {
      return Optional.empty();
    }
    double baseline = metric.baseline().value();
    Direction direction = metric.direction();
    double needed = direction.gain(baseline, metric.target());
    double raw;
    if (needed == 0) {
      raw = direction.reaches(metric.actualOn(date), metric.target()) ? 100 : 0;
    } else {
      raw = 100 * direction.gain(baseline, metric.actualOn(date)) / needed;
    }
    return Optional.of(new Progress(Math.max(0, Math.min(100, raw)), raw));
  }

  /** True when the goal went beyond its target. */
  public boolean isOvershoot() {
    return unclampedPercent > 100;
  }

  /** True when the goal is further from its target than it was at the baseline. */
  public boolean isBackwards() {
    return unclampedPercent < 0;
  }

  /** True when the target is reached or passed. */
  public boolean isComplete() {
    return unclampedPercent >= 100;
  }
}
