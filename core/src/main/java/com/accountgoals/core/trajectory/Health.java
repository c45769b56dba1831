package com.accountgoals.core.trajectory;

/**
 * How an open business goal stands against its plan on a day, best to worst, plus "not measured".
 * Exactly when each applies is {@link HealthRule}'s to say.
 */
public enum Health {
  /** As planned, or ahead; a floor or ceiling on the right side of its target. */
  ON_TRACK(TrajectoryMessages.HEALTH_ON_TRACK),
  /** Short of plan, but no milestone missed yet: time to look, not yet to worry. */
  WATCH(TrajectoryMessages.HEALTH_WATCH),
  /** A milestone date has passed without its value. */
  BEHIND(TrajectoryMessages.HEALTH_BEHIND),
  /** So far from plan that the goal needs action now. */
  OFF_TRACK(TrajectoryMessages.HEALTH_OFF_TRACK),
  /** No reading yet, or no plan to compare a reading with. */
  NOT_MEASURED(TrajectoryMessages.HEALTH_NOT_MEASURED);

  private final TrajectoryMessages label;

  Health(TrajectoryMessages label) {
    this.label = label;
  }

  /** The i18n key of the health's name. */
  public String messageKey() {
    return label.key();
  }

  /** True for behind and off track: the states that call for action. */
  public boolean needsAttention() {
    return this == BEHIND || this == OFF_TRACK;
  }
}
