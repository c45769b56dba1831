package com.accountgoals.core.goal;

/** Whether a metric's value holds at a moment or adds up over the goal's period. */
public enum MetricKind {
  /** A value at a moment: products in use, a retention rate, days sales outstanding. */
  LEVEL,
  /**
   * A total so far in the period, from zero at its start ("sales so far this year", "deals closed
   * this quarter"). The period runs from the baseline date to the due date.
   */
  CUMULATIVE
}
