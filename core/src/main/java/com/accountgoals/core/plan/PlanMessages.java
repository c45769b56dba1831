package com.accountgoals.core.plan;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors of actions. */
public enum PlanMessages implements MessageKey {
  SUMMARY_BLANK("plan.error.summary-blank");

  private final String key;

  PlanMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
