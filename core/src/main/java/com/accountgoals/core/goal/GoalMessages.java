package com.accountgoals.core.goal;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors and labels of the goal model. */
public enum GoalMessages implements MessageKey {
  KEY_FORMAT("goal.error.key-format"),
  PROJECT_KEY_FORMAT("goal.error.project-key-format"),
  SUMMARY_BLANK("goal.error.summary-blank"),
  SUPPORTS_ITSELF("goal.error.supports-itself"),
  /** {0} the value refused, {1} the largest size allowed. */
  VALUE_OUT_OF_RANGE("goal.error.value-out-of-range"),
  UNIT_BLANK("goal.error.unit-blank"),
  /** {0} the most characters, {1} how many there were. */
  TEXT_TOO_LONG("goal.error.text-too-long"),
  TEXT_CONTROL_CHARACTER("goal.error.text-control-character"),
  /** {0} the on-track tolerance, {1} the off-track one, as given. */
  TOLERANCE("goal.error.tolerance"),
  OUTCOME_MET_ON_TIME("goal.outcome.met-on-time"),
  OUTCOME_MET_LATE("goal.outcome.met-late"),
  OUTCOME_DONE("goal.outcome.done"),
  OUTCOME_MISSED("goal.outcome.missed"),
  OUTCOME_CLOSED_NOT_MEASURED("goal.outcome.closed-not-measured"),
  OUTCOME_DROPPED("goal.outcome.dropped"),
  OUTCOME_OVERDUE("goal.outcome.overdue"),
  OUTCOME_UPCOMING("goal.outcome.upcoming"),
  OUTCOME_UNDATED("goal.outcome.undated");

  private final String key;

  GoalMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
