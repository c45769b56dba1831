package com.accountgoals.core.alignment;

import com.accountgoals.core.validation.MessageKey;

/**
 * The keys of the alignment findings. Every finding about one goal has that goal's key as its first
 * argument, {@code {0}}.
 */
public enum AlignmentMessages implements MessageKey {
  /** {0} the goal, which supports nothing. */
  NOT_ALIGNED("alignment.finding.not-aligned"),
  /** {0} the milestone, which supports no business goal the user can see. */
  MILESTONE_WITHOUT_BUSINESS_GOAL("alignment.finding.milestone-without-business-goal"),
  /** {0} the goal, {1} the key it links to, which is no goal the user can see. */
  SUPPORTED_GOAL_UNKNOWN("alignment.finding.supported-goal-unknown"),
  /** {0} the goal, {1} the goal it supports, which is sideways or below it. */
  LINK_AGAINST_ORDER("alignment.finding.link-against-order"),
  /** {0} the team goal that supports only the vision while company goals exist. */
  COMPANY_GOAL_SKIPPED("alignment.finding.company-goal-skipped"),
  /** {0} the goals on the cycle, in link order, starting with the smallest key. */
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
