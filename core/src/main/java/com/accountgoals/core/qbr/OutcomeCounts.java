package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Outcome;

/**
 * Goals of a quarter by outcome on the board's day. Met, missed, dropped and "closed, not measured"
 * are counted apart: a dropped goal is never met.
 *
 * @param metOnTime met on or before the due date
 * @param metLate met after the due date
 * @param done visions and relationship goals closed as done (they have nothing to meet)
 * @param missed closed short of the target
 * @param closedNotMeasured closed without a reading
 * @param dropped closed as won't do, cancelled or duplicate
 * @param overdue open, due date passed
 * @param upcoming open, due later (or without a due date)
 */
public record OutcomeCounts(
    int metOnTime,
    int metLate,
    int done,
    int missed,
    int closedNotMeasured,
    int dropped,
    int overdue,
    int upcoming) {

  /** Met on time or late. */
  public int met() {
    return metOnTime + metLate;
  }

  /** Still open: overdue and upcoming. */
  public int open() {
    return overdue + upcoming;
  }

  public int total() {
    return met() + done + missed + closedNotMeasured + dropped + open();
  }

  /** The counts from a tally indexed by {@link Outcome#ordinal()}; undated goals are upcoming. */
  static OutcomeCounts from(int[] byOutcome) {
    return new OutcomeCounts(
        byOutcome[Outcome.MET_ON_TIME.ordinal()],
        byOutcome[Outcome.MET_LATE.ordinal()],
        byOutcome[Outcome.DONE.ordinal()],
        byOutcome[Outcome.MISSED.ordinal()],
        byOutcome[Outcome.CLOSED_NOT_MEASURED.ordinal()],
        byOutcome[Outcome.DROPPED.ordinal()],
        byOutcome[Outcome.OVERDUE.ordinal()],
        byOutcome[Outcome.UPCOMING.ordinal()] + byOutcome[Outcome.UNDATED.ordinal()]);
  }
}
