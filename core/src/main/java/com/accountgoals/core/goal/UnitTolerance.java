package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * A goal's own health tolerance, in the goal's unit (points, euros, products), not as a share of
 * its level: losing 5 points of margin is serious whatever the margin.
 *
 * <ul>
 *   <li>A goal planned as a line is on track while at most {@code onTrackWithin} short of plan, and
 *       off track once more than {@code offTrackBeyond} short; in between it is watch, or behind.
 *   <li>A floor or ceiling is on track on the right side of its target, watch on the wrong side by
 *       at most {@code offTrackBeyond}, off track beyond that; {@code onTrackWithin} plays no part.
 * </ul>
 *
 * @param onTrackWithin the shortfall still on track, at least 0
 * @param offTrackBeyond the shortfall beyond which the goal is off track, at least {@code
 *     onTrackWithin}
 */
public record UnitTolerance(double onTrackWithin, double offTrackBeyond) {

  public UnitTolerance {
    boolean valid =
        Double.isFinite(onTrackWithin)
            && Double.isFinite(offTrackBeyond)
            && onTrackWithin >= 0
            && offTrackBeyond >= onTrackWithin
            && offTrackBeyond <= Values.MAX_MAGNITUDE;
    if (!valid) {
      throw new InvalidValueException(
          GoalMessages.TOLERANCE.key(),
          String.valueOf(onTrackWithin),
          String.valueOf(offTrackBeyond));
    }
  }

  /** The tolerance of a floor or ceiling: watch within {@code offTrackBeyond} of the wrong side. */
  public static UnitTolerance of(double offTrackBeyond) {
    return new UnitTolerance(0, offTrackBeyond);
  }
}
