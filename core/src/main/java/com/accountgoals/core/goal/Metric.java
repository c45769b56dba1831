package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a measurable goal counts, and how to read it: a unit, the direction the team chose, a level
 * or a cumulative kind, whole numbers or a continuous scale, where it started (baseline), where it
 * should end (target, with the history of its changes), the dated readings of its actual value and
 * an optional tolerance of its own. Any part may still be missing while the team shapes the goal;
 * the SMART check reports what is missing, so the value type accepts it.
 *
 * @param unit the unit, such as {@code products}, {@code EUR} or {@code %}; {@code null} if unset
 * @param chosenDirection the direction the team chose; {@code null} if unset ({@link #direction()}
 *     then offers {@link Direction#suggestedFor a suggestion})
 * @param kind level or cumulative
 * @param scale whole numbers (planned in steps) or continuous (planned as a line)
 * @param baseline the value on the day the goal was set; {@code null} if unset. For a cumulative
 *     metric only its date counts: the period starts there, from zero.
 * @param target the target today; {@code null} if unset
 * @param targetChanges the changes of the target, oldest first (sorted by day here; changes of one
 *     day keep the order given, which is the order they were made in)
 * @param readings the dated readings of the actual value
 * @param tolerance the goal's own tolerance; {@code null} for the board's default
 */
public record Metric(
    String unit,
    Direction chosenDirection,
    MetricKind kind,
    MetricScale scale,
    Reading baseline,
    Double target,
    List<TargetChange> targetChanges,
    Readings readings,
    UnitTolerance tolerance) {

  private static final Metric NONE =
      new Metric(
          null,
          null,
          MetricKind.LEVEL,
          MetricScale.CONTINUOUS,
          null,
          null,
          List.of(),
          Readings.none(),
          null);

  public Metric {
    if (unit != null && unit.isBlank()) {
      throw new InvalidValueException(GoalMessages.UNIT_BLANK.key());
    }
    unit = unit == null ? null : Texts.requireSingleLine(unit.strip());
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scale, "scale");
    Values.requireBoundedOrNull(target);
    List<TargetChange> changes = new ArrayList<>(targetChanges);
    changes.sort(Comparator.comparing(TargetChange::date)); // stable: one day keeps its order
    targetChanges = List.copyOf(changes);
    Objects.requireNonNull(readings, "readings");
  }

  /** A metric with nothing set: what vision and relationship goals carry. */
  public static Metric none() {
    return NONE;
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

  /** True when the team chose the direction rather than leaving the suggestion. */
  public boolean hasChosenDirection() {
    return chosenDirection != null;
  }

  /** True when unit, baseline and target are all set, so progress is a number. */
  public boolean isComplete() {
    return hasUnit() && hasBaseline() && hasTarget();
  }

  /** True when nothing at all is set. */
  public boolean isEmpty() {
    return !hasUnit()
        && !hasBaseline()
        && !hasTarget()
        && readings.isEmpty()
        && chosenDirection == null;
  }

  public boolean isCumulative() {
    return kind == MetricKind.CUMULATIVE;
  }

  public boolean isWholeNumbers() {
    return scale == MetricScale.WHOLE_NUMBERS;
  }

  /**
   * The direction to read the metric in: the team's choice; without one, the suggestion from
   * baseline (zero for a cumulative metric) and target; {@code null} while neither is possible.
   */
  public Direction direction() {
    if (chosenDirection != null) {
      return chosenDirection;
    }
    if (!hasTarget() || (!hasBaseline() && !isCumulative())) {
      return null;
    }
    return Direction.suggestedFor(startValue(), originalTarget());
  }

  /** True for floors and ceilings. */
  public boolean isKeep() {
    Direction direction = direction();
    return direction != null && direction.isKeep();
  }

  /**
   * Where the plan starts: zero for a cumulative metric, else the baseline's value.
   *
   * @throws IllegalStateException for a level metric without a baseline
   */
  public double startValue() {
    if (isCumulative()) {
      return 0;
    }
    if (baseline == null) {
      throw new IllegalStateException("no baseline");
    }
    return baseline.value();
  }

  /** The target before any change: what the original plan aims for. */
  public Double originalTarget() {
    return targetChanges.isEmpty() ? target : Double.valueOf(targetChanges.get(0).from());
  }

  /** True when the target was ever changed. */
  public boolean wasReplanned() {
    return !targetChanges.isEmpty();
  }

  /**
   * The target valid on {@code date}: before the first change the original one, after a change its
   * new value, and after the last change the target of today. {@code null} without a target.
   */
  public Double targetOn(LocalDate date) {
    if (target == null || targetChanges.isEmpty()) {
      return target;
    }
    return targetOnDay(date.toEpochDay());
  }

  /** As {@link #targetOn}, for a day given as an epoch day. */
  public Double targetOnDay(long epochDay) {
    if (target == null || targetChanges.isEmpty()) {
      return target;
    }
    Double valid = originalTarget();
    for (TargetChange change : targetChanges) {
      if (change.date().toEpochDay() > epochDay) {
        return valid;
      }
      valid = change.to();
    }
    return target;
  }

  /** True when a reading is dated on or before {@code date}. */
  public boolean isMeasuredOn(LocalDate date) {
    return readings.hasValueOn(date);
  }

  /** The actual value on {@code date}, or {@code null} when nobody had measured it by then. */
  public Double actualOn(LocalDate date) {
    return readings.hasValueOn(date) ? readings.valueOn(date) : null;
  }
}
