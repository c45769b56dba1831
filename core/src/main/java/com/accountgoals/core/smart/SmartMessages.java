package com.accountgoals.core.smart;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the SMART criteria and their findings. */
public enum SmartMessages implements MessageKey {
  CRITERION_SPECIFIC("smart.criterion.specific"),
  CRITERION_MEASURABLE("smart.criterion.measurable"),
  CRITERION_ACHIEVABLE("smart.criterion.achievable"),
  CRITERION_RELEVANT("smart.criterion.relevant"),
  CRITERION_TIME_BOUND("smart.criterion.time-bound"),
  /** {0} words in the summary, {1} the fewest a specific one has. */
  SPECIFIC_SUMMARY_VAGUE("smart.specific.summary-vague"),
  SPECIFIC_NO_SIZE("smart.specific.no-size"),
  MEASURABLE_NO_UNIT("smart.measurable.no-unit"),
  MEASURABLE_NO_BASELINE("smart.measurable.no-baseline"),
  MEASURABLE_NO_TARGET("smart.measurable.no-target"),
  /** {0} needed a month, {1} achieved a month, {2} the unit, {3} the allowed ratio. */
  ACHIEVABLE_PACE_FAR_ABOVE_HISTORY("smart.achievable.pace-far-above-history"),
  /** {0} needed a month, {1} the unit, {2} months since the baseline. */
  ACHIEVABLE_NO_PROGRESS_YET("smart.achievable.no-progress-yet"),
  /** {0} the supported goal's key, empty when there is none (for every relevance finding). */
  RELEVANT_NOT_ALIGNED("smart.relevant.not-aligned"),
  RELEVANT_SUPPORTED_GOAL_UNKNOWN("smart.relevant.supported-goal-unknown"),
  RELEVANT_SUPPORTED_GOAL_NOT_ABOVE("smart.relevant.supported-goal-not-above"),
  RELEVANT_MILESTONE_WITHOUT_BUSINESS_GOAL("smart.relevant.milestone-without-business-goal"),
  TIME_BOUND_NO_DUE_DATE("smart.time-bound.no-due-date"),
  /** {0} the goal's due date, {1} the supported goal, {2} its due date. */
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
