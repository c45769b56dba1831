package com.accountgoals.core.trajectory;

/** How a measurable goal stands against its planned trajectory on a day. */
public enum Health {
  /** The actual value is at or ahead of plan, or behind by no more than the tolerance. */
  ON_TRACK(TrajectoryMessages.HEALTH_ON_TRACK),
  /** Slightly behind plan: time to look, not yet to worry. */
  BEHIND(TrajectoryMessages.HEALTH_BEHIND),
  /** So far behind plan that the goal needs action now. */
  OFF_TRACK(TrajectoryMessages.HEALTH_OFF_TRACK),
  /** No actual value, or no trajectory to compare it with. */
  NOT_MEASURED(TrajectoryMessages.HEALTH_NOT_MEASURED);

  private final TrajectoryMessages label;

  Health(TrajectoryMessages label) {
    this.label = label;
  }

  /** The i18n key of the health's name. */
  public String messageKey() {
    return label.key();
  }

  /** True for the two states that call for attention. */
  public boolean needsAttention() {
    return this == BEHIND || this == OFF_TRACK;
  }
}
