package com.accountgoals.core.goal;

/**
 * Where a goal or milestone stands against its due date on a given day, as a QBR reviews it.
 *
 * @see Goal#outcomeOn(java.time.LocalDate, Direction)
 */
public enum Outcome {
  /** The target was reached, or the team closed the goal and no measured value contradicts it. */
  MET(GoalMessages.OUTCOME_MET),
  /** The team closed the goal without reaching the target. */
  MISSED(GoalMessages.OUTCOME_MISSED),
  /** The due date has passed, the goal is still open and the target is not reached. */
  OVERDUE(GoalMessages.OUTCOME_OVERDUE),
  /** Still open and due today or later. */
  UPCOMING(GoalMessages.OUTCOME_UPCOMING),
  /** Still open and without a due date, so it can be neither late nor on time. */
  UNDATED(GoalMessages.OUTCOME_UNDATED);

  private final GoalMessages label;

  Outcome(GoalMessages label) {
    this.label = label;
  }

  /** The i18n key of the outcome's name. */
  public String messageKey() {
    return label.key();
  }

  /** True when the goal is finished one way or the other. */
  public boolean isSettled() {
    return this == MET || this == MISSED;
  }
}
