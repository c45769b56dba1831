package com.accountgoals.core.alignment;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the alignment findings. */
public enum AlignmentMessages implements MessageKey {
  NOT_ALIGNED("alignment.finding.not-aligned"),
  SUPPORTED_GOAL_UNKNOWN("alignment.finding.supported-goal-unknown"),
  SUPPORTED_GOAL_NOT_ABOVE("alignment.finding.supported-goal-not-above"),
  MILESTONE_WITHOUT_BUSINESS_GOAL("alignment.finding.milestone-without-business-goal"),
  CYCLE("alignment.finding.cycle");

  private final String key;

  AlignmentMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
