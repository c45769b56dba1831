package com.accountgoals.core.trajectory;

/**
 * Why a milestone cannot be a point on its business goal's plan. Such a milestone is a finding and
 * does not shape the plan.
 */
public enum MilestoneProblem {
  /**
   * Another milestone of the same goal falls on the same day; the one with the smaller key counts.
   */
  SAME_DAY(TrajectoryMessages.MILESTONES_SAME_DAY),
  /** Dated on or before the goal's baseline: there is no way to it. */
  BEFORE_BASELINE(TrajectoryMessages.MILESTONE_BEFORE_BASELINE),
  /** Dated after the goal's due date: the goal is over by then. */
  AFTER_DUE_DATE(TrajectoryMessages.MILESTONE_AFTER_DUE_DATE),
  /** Its value goes back against the goal's direction from the point before it. */
  AGAINST_DIRECTION(TrajectoryMessages.MILESTONE_AGAINST_DIRECTION),
  /** Its value lies beyond the goal's target. */
  BEYOND_TARGET(TrajectoryMessages.MILESTONE_BEYOND_TARGET);

  private final TrajectoryMessages message;

  MilestoneProblem(TrajectoryMessages message) {
    this.message = message;
  }

  /** The i18n key of the finding. */
  public String messageKey() {
    return message.key();
  }
}
