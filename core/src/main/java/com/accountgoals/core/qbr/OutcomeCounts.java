package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Outcome;

/**
 * Goals due in a quarter by where they stand on the board's day.
 *
 * @param met reached
 * @param missed closed without reaching the target
 * @param overdue due date passed, still open
 * @param upcoming still open and due later
 */
public record OutcomeCounts(int met, int missed, int overdue, int upcoming) {

  /** Goals still open: overdue and upcoming. */
  public int open() {
    return overdue + upcoming;
  }

  public int total() {
    return met + missed + overdue + upcoming;
  }

  /**
   * The counts from a tally indexed by {@link Outcome#ordinal()}; undated goals count as upcoming.
   */
  static OutcomeCounts from(int[] byOutcome) {
    return new OutcomeCounts(
        byOutcome[Outcome.MET_ON_TIME.ordinal()] + byOutcome[Outcome.MET_LATE.ordinal()],
        byOutcome[Outcome.MISSED.ordinal()],
        byOutcome[Outcome.OVERDUE.ordinal()],
        byOutcome[Outcome.UPCOMING.ordinal()] + byOutcome[Outcome.UNDATED.ordinal()]);
  }
}
