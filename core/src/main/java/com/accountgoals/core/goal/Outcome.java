package com.accountgoals.core.goal;

/**
 * Where a goal or milestone stands on a given day, as a QBR reviews it. Met, missed, dropped and
 * "closed, not measured" are distinct: a dropped goal is never met.
 *
 * @see Goal#verdictOn(java.time.LocalDate)
 */
public enum Outcome {
  /**
   * The target was reached on or before the due date (a floor or ceiling: held at the due date).
   */
  MET_ON_TIME(GoalMessages.OUTCOME_MET_ON_TIME),
  /** The target was reached, after the due date. */
  MET_LATE(GoalMessages.OUTCOME_MET_LATE),
  /** A vision or relationship goal closed as done: it has no metric to meet or miss. */
  DONE(GoalMessages.OUTCOME_DONE),
  /** Closed (or, for a milestone, its business goal closed) short of the target. */
  MISSED(GoalMessages.OUTCOME_MISSED),
  /** A measurable goal closed as done without a single reading to tell whether it was met. */
  CLOSED_NOT_MEASURED(GoalMessages.OUTCOME_CLOSED_NOT_MEASURED),
  /** Closed as won't do, cancelled or duplicate: never met, never celebrated, shown apart. */
  DROPPED(GoalMessages.OUTCOME_DROPPED),
  /** The due date has passed, the target is not reached and the goal is still open. */
  OVERDUE(GoalMessages.OUTCOME_OVERDUE),
  /** Still open, not reached, due today or later. */
  UPCOMING(GoalMessages.OUTCOME_UPCOMING),
  /** Still open, not reached, and without a due date, so it can be neither late nor on time. */
  UNDATED(GoalMessages.OUTCOME_UNDATED);

  private final GoalMessages label;

  Outcome(GoalMessages label) {
    this.label = label;
  }

  /** The i18n key of the outcome's name. */
  public String messageKey() {
    return label.key();
  }

  /** True when the target was reached, on time or late. Never true for a dropped goal. */
  public boolean isMet() {
    return this == MET_ON_TIME || this == MET_LATE;
  }
}
