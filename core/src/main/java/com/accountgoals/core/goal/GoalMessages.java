package com.accountgoals.core.goal;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors and labels of the goal model. */
public enum GoalMessages implements MessageKey {
  KEY_FORMAT("goal.error.key-format"),
  PROJECT_KEY_FORMAT("goal.error.project-key-format"),
  SUMMARY_BLANK("goal.error.summary-blank"),
  SUPPORTS_ITSELF("goal.error.supports-itself"),
  VALUE_NOT_FINITE("goal.error.value-not-finite"),
  UNIT_BLANK("goal.error.unit-blank"),
  OUTCOME_MET("goal.outcome.met"),
  OUTCOME_MISSED("goal.outcome.missed"),
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
