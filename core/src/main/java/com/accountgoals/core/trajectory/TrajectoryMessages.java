package com.accountgoals.core.trajectory;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the health labels and of the errors of this package. */
public enum TrajectoryMessages implements MessageKey {
  HEALTH_ON_TRACK("health.on-track"),
  HEALTH_BEHIND("health.behind"),
  HEALTH_OFF_TRACK("health.off-track"),
  HEALTH_NOT_MEASURED("health.not-measured"),
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
