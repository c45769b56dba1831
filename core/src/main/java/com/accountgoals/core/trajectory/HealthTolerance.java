package com.accountgoals.core.trajectory;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * The board's default tolerances for goals planned as a line, as fractions of the goal's planned
 * change (target minus start), so the same setting fits a goal counted in euros and one counted in
 * percent. A goal may set its own in its unit ({@link com.accountgoals.core.goal.UnitTolerance}),
 * which then wins. Floors and ceilings have no planned change: without a tolerance of their own,
 * any value on the wrong side is off track.
 *
 * @param onTrackWithin a shortfall up to this fraction of the planned change is on track
 * @param offTrackBeyond a shortfall beyond this fraction is off track; at least {@code
 *     onTrackWithin}
 */
public record HealthTolerance(double onTrackWithin, double offTrackBeyond) {

  /** The defaults: on track within 5 % of the planned change, off track beyond 20 %. */
  public static final HealthTolerance DEFAULT = new HealthTolerance(0.05, 0.20);

  public HealthTolerance {
    boolean valid =
        Double.isFinite(onTrackWithin)
            && Double.isFinite(offTrackBeyond)
            && onTrackWithin >= 0
            && offTrackBeyond >= onTrackWithin
            && offTrackBeyond <= 100;
    if (!valid) {
      throw new InvalidValueException(
          TrajectoryMessages.TOLERANCE.key(),
          String.valueOf(onTrackWithin),
          String.valueOf(offTrackBeyond));
    }
  }

  /** Tolerances in percent of the planned change, as an administrator enters them. */
  public static HealthTolerance ofPercent(double onTrackWithin, double offTrackBeyond) {
    return new HealthTolerance(onTrackWithin / 100, offTrackBeyond / 100);
  }
}
