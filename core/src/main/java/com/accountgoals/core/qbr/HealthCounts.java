package com.accountgoals.core.qbr;

import com.accountgoals.core.trajectory.Health;

/**
 * Open business goals by health on the board's day.
 *
 * @param onTrack on track
 * @param behind slightly behind
 * @param offTrack off track
 * @param notMeasured without an actual value or a trajectory
 */
public record HealthCounts(int onTrack, int behind, int offTrack, int notMeasured) {

  static HealthCounts from(int[] byHealth) {
    return new HealthCounts(
        byHealth[Health.ON_TRACK.ordinal()],
        byHealth[Health.BEHIND.ordinal()],
        byHealth[Health.OFF_TRACK.ordinal()],
        byHealth[Health.NOT_MEASURED.ordinal()]);
  }
}
