package com.accountgoals.core.smart;

/** The five SMART criteria, in the order of the word. */
public enum SmartCriterion {
  SPECIFIC(SmartMessages.CRITERION_SPECIFIC),
  MEASURABLE(SmartMessages.CRITERION_MEASURABLE),
  ACHIEVABLE(SmartMessages.CRITERION_ACHIEVABLE),
  RELEVANT(SmartMessages.CRITERION_RELEVANT),
  TIME_BOUND(SmartMessages.CRITERION_TIME_BOUND);

  private final SmartMessages label;

  SmartCriterion(SmartMessages label) {
    this.label = label;
  }

  /** The i18n key of the criterion's name. */
  public String messageKey() {
    return label.key();
  }
}
