package com.accountgoals.core.plan;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors of actions and the labels of the rolling plan. */
public enum PlanMessages implements MessageKey {
  /** {0} the action's key. */
  SUMMARY_BLANK("plan.error.summary-blank"),
  /** {0} the action's key, {1} the most characters, {2} how many there were. */
  SUMMARY_TOO_LONG("plan.error.summary-too-long"),
  /** {0} the action's key. */
  SUMMARY_CONTROL_CHARACTER("plan.error.summary-control-character"),
  /** The flag of an open action whose due date has passed, shown in the current month. */
  CARRIED_OVER("plan.carried-over"),
  /** The heading of the open actions without a due date, listed apart. */
  NO_DATE("plan.no-date");

  private final String key;

  PlanMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
