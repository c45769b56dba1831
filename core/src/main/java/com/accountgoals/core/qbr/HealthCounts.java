package com.accountgoals.core.qbr;

import com.accountgoals.core.trajectory.Health;

/**
 * The open business goals by health.
 *
 * @param onTrack on track
 * @param watch short of plan, no milestone missed
 * @param behind a milestone missed
 * @param offTrack off track
 * @param notMeasured no reading or no plan
 */
public record HealthCounts(int onTrack, int watch, int behind, int offTrack, int notMeasured) {

  static HealthCounts from(int[] byHealth) {
    return new HealthCounts(
        byHealth[Health.ON_TRACK.ordinal()],
        byHealth[Health.WATCH.ordinal()],
        byHealth[Health.BEHIND.ordinal()],
        byHealth[Health.OFF_TRACK.ordinal()],
        byHealth[Health.NOT_MEASURED.ordinal()]);
  }

  public int total() {
    return onTrack + watch + behind + offTrack + notMeasured;
  }

  /** The share of the open business goals on track, 0 to 100; 0 when there are none. */
  public double percentOnTrack() {
    int total = total();
    return total == 0 ? 0 : 100.0 * onTrack / total;
  }
}
