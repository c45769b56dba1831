package com.accountgoals.core.trajectory;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the health labels, the milestone findings and the errors of this package. */
public enum TrajectoryMessages implements MessageKey {
  HEALTH_ON_TRACK("health.on-track"),
  HEALTH_WATCH("health.watch"),
  HEALTH_BEHIND("health.behind"),
  HEALTH_OFF_TRACK("health.off-track"),
  HEALTH_NOT_MEASURED("health.not-measured"),
  /** {0} the business goal, {1} the milestones (keys), {2} their day. */
  MILESTONES_SAME_DAY("milestone.finding.same-day"),
  /** {0} the milestone, {1} its day, {2} the goal's baseline day. */
  MILESTONE_BEFORE_BASELINE("milestone.finding.before-baseline"),
  /** {0} the milestone, {1} its day, {2} the goal's due date. */
  MILESTONE_AFTER_DUE_DATE("milestone.finding.after-due-date"),
  /** {0} the milestone, {1} its value, {2} the value planned before it. */
  MILESTONE_AGAINST_DIRECTION("milestone.finding.against-direction"),
  /** {0} the milestone, {1} its value, {2} the goal's target. */
  MILESTONE_BEYOND_TARGET("milestone.finding.beyond-target"),
  /** {0} the on-track tolerance, {1} the off-track one, as given. */
  TOLERANCE("trajectory.error.tolerance");

  private final String key;

  TrajectoryMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
