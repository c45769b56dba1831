package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Optional;

/**
 * What a measurable goal counts: a unit, where we started (baseline), where we want to be (target)
 * and where we are (actual). Any part may still be missing while the team shapes the goal; the
 * SMART check reports what is missing, so the value type accepts it.
 *
 * @param unit the unit, such as {@code products}, {@code EUR} or {@code %}; {@code null} if unset
 * @param baseline the value on the day the goal was set; {@code null} if unset
 * @param target the value the goal aims for by its due date; {@code null} if unset
 * @param actual the latest known value; {@code null} if nobody has measured it yet
 */
public record Metric(String unit, Reading baseline, Double target, Double actual) {

  private static final Metric NONE = new Metric(null, null, null, null);

  public Metric {
    if (unit != null && unit.isBlank()) {
      throw new InvalidValueException(GoalMessages.UNIT_BLANK.key());
    }
    unit = unit == null ? null : unit.strip();
    Values.requireFiniteOrNull(target);
    Values.requireFiniteOrNull(actual);
  }

  /** A metric with nothing set yet: what vision and relationship goals carry. */
  public static Metric none() {
    return NONE;
  }

  /** A complete metric. */
  public static Metric of(String unit, Reading baseline, double target, Double actual) {
    return new Metric(unit, baseline, target, actual);
  }

  /** This metric with a new actual value. */
  public Metric withActual(Double newActual) {
    return new Metric(unit, baseline, target, newActual);
  }

  public boolean hasUnit() {
    return unit != null;
  }

  public boolean hasBaseline() {
    return baseline != null;
  }

  public boolean hasTarget() {
    return target != null;
  }

  public boolean hasActual() {
    return actual != null;
  }

  /** True when unit, baseline and target are all set, so progress is a number. */
  public boolean isComplete() {
    return hasUnit() && hasBaseline() && hasTarget();
  }

  /** True when nothing at all is set. */
  public boolean isEmpty() {
    return !hasUnit() && !hasBaseline() && !hasTarget() && !hasActual();
  }

  /** More or less is better, derived from baseline and target; empty while either is missing. */
  public Optional<Direction> direction() {
    if (!hasBaseline() || !hasTarget()) {
      return Optional.empty();
    }
    return Optional.of(Direction.from(baseline.value(), target));
  }

  /**
   * The direction, or {@code fallback} while baseline or target is missing. Unlike {@link
   * #direction()} it allocates nothing, for rules that run over every row of an account.
   */
  public Direction directionOr(Direction fallback) {
    if (baseline == null || target == null) {
      return fallback;
    }
    return Direction.from(baseline.value(), target);
  }

  /**
   * True when the actual value has reached the target in the metric's direction. Without a
   * direction, a target or an actual, nothing says the target was reached.
   */
  public boolean isTargetReached() {
    return isTargetReached(null);
  }

  /**
   * True when the actual value has reached the target, in the metric's own direction or, when it
   * has no baseline to derive one from, in {@code fallback}: a milestone counts in the direction of
   * its business goal.
   *
   * @param fallback the direction to use without a baseline; {@code null} if none is known
   */
  public boolean isTargetReached(Direction fallback) {
    Direction direction = directionOr(fallback);
    return direction != null && hasActual() && hasTarget() && direction.reaches(actual, target);
  }

  /**
   * True when a measured actual value falls short of the target, in the metric's own direction or
   * {@code fallback}. False when the direction is unknown: then nothing says it fell short either.
   */
  public boolean isShortOfTarget(Direction fallback) {
    Direction direction = directionOr(fallback);
    return direction != null && hasActual() && hasTarget() && !direction.reaches(actual, target);
  }
}
