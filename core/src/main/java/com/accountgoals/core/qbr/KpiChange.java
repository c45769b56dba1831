package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Direction;

/** How a KPI's value of the quarter compares with the quarter before, in its own direction. */
public enum KpiChange {
  /** Better in the KPI's direction: more leads, a lower cost per lead. */
  BETTER,
  /** Worse in the KPI's direction. */
  WORSE,
  /** The same, within the comparison tolerance. */
  SAME,
  /** A value this quarter and none the quarter before: new, not better. */
  NEW,
  /** No value this quarter: shown as not measured, not left out. */
  NOT_MEASURED;

  /**
   * The change from {@code previous} to {@code value} in {@code direction}.
   *
   * @param value this quarter's value; {@code null} when not measured
   * @param previous the previous quarter's; {@code null} when there was none
   * @param direction the KPI's direction; {@code null} when unknown (then a change is only "same"
   *     or, with different values, "new" cannot be told from better: such a KPI reads as the same
   *     only when equal, else as new)
   */
  static KpiChange of(Double value, Double previous, Direction direction) {
    if (value == null) {
      return NOT_MEASURED;
    }
    if (previous == null || direction == null) {
      return NEW;
    }
    if (direction.isBetter(previous, value)) {
      return BETTER;
    }
    return direction.isBetter(value, previous) ? WORSE : SAME;
  }
}
