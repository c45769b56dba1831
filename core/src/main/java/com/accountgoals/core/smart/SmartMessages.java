package com.accountgoals.core.smart;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the SMART criteria and their findings, with the typed arguments of each. */
public enum SmartMessages implements MessageKey {
  CRITERION_SPECIFIC("smart.criterion.specific"),
  CRITERION_MEASURABLE("smart.criterion.measurable"),
  CRITERION_ACHIEVABLE("smart.criterion.achievable"),
  CRITERION_RELEVANT("smart.criterion.relevant"),
  CRITERION_TIME_BOUND("smart.criterion.time-bound"),
  /** {0} the count of words in the summary, {1} the count the fewest a specific one has. */
  SPECIFIC_SUMMARY_VAGUE("smart.specific.summary-vague"),
  SPECIFIC_NO_SIZE("smart.specific.no-size"),
  MEASURABLE_NO_UNIT("smart.measurable.no-unit"),
  MEASURABLE_NO_BASELINE("smart.measurable.no-baseline"),
  /** A cumulative metric starts from zero: it needs only the day its period starts. */
  MEASURABLE_NO_PERIOD_START("smart.measurable.no-period-start"),
  MEASURABLE_NO_TARGET("smart.measurable.no-target"),
  /** {0} the amount the goal starts from, {1} the target amount, not above it. */
  MEASURABLE_INCREASE_CONTRADICTED("smart.measurable.increase-contradicted"),
  /** {0} the amount the goal starts from, {1} the target amount, not below it. */
  MEASURABLE_DECREASE_CONTRADICTED("smart.measurable.decrease-contradicted"),
  /**
   * {0} the amount needed a month, {1} the amount achieved a month, {2} the number of times the
   * achieved pace the rule allows.
   */
  ACHIEVABLE_PACE_FAR_ABOVE_HISTORY("smart.achievable.pace-far-above-history"),
  /** {0} the amount needed a month, {1} the number of months since the baseline. */
  ACHIEVABLE_NO_PROGRESS_YET("smart.achievable.no-progress-yet"),
  RELEVANT_NOT_ALIGNED("smart.relevant.not-aligned"),
  RELEVANT_MILESTONE_WITHOUT_BUSINESS_GOAL("smart.relevant.milestone-without-business-goal"),
  /** {0} the key the goal links to, which is no goal the user can see. */
  RELEVANT_SUPPORTED_GOAL_UNKNOWN("smart.relevant.supported-goal-unknown"),
  /** {0} the goal it supports, sideways or below it. */
  RELEVANT_LINK_AGAINST_ORDER("smart.relevant.link-against-order"),
  RELEVANT_COMPANY_GOAL_SKIPPED("smart.relevant.company-goal-skipped"),
  TIME_BOUND_NO_DUE_DATE("smart.time-bound.no-due-date"),
  /** {0} the goal's due day, {1} the key of the goal it supports, {2} that goal's due day. */
  TIME_BOUND_AFTER_SUPPORTED_GOAL("smart.time-bound.after-supported-goal"),
  /** {0} the ratio, {1} the months of history that were refused. */
  ACHIEVABILITY_RULE("smart.error.achievability-rule");

  private final String key;

  SmartMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
