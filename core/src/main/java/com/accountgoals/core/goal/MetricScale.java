package com.accountgoals.core.goal;

/**
 * Whether a metric moves in whole steps or continuously; the team sets it on the metric. It decides
 * how the plan between milestones is drawn and read.
 */
public enum MetricScale {
  /**
   * Whole things (products in use, contracts won, new customers): the plan moves in steps at the
   * milestones, so a goal is never behind a line between them.
   */
  WHOLE_NUMBERS,
  /** Money, rates and the like: the plan may run as a straight line between milestones. */
  CONTINUOUS
}
