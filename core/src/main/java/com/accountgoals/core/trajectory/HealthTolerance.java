package com.accountgoals.core.trajectory;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * How far behind plan a goal may be before it counts as behind, and before it counts as off track.
 * Both are fractions of the goal's whole planned change (target minus baseline), so the same
 * tolerance fits a goal counted in products and one counted in euros.
 *
 * @param behindBeyond a shortfall larger than this fraction makes the goal behind
 * @param offTrackBeyond a shortfall larger than this fraction makes it off track; at least {@code
 *     behindBeyond}
 */
public record HealthTolerance(double behindBeyond, double offTrackBeyond) {

  /**
   * The defaults: behind when more than 5 % of the planned change short of plan, off track when
   * more than 20 % short. For "2 to 5 products" that is 0.15 and 0.6 products.
   */
  public static final HealthTolerance DEFAULT = new HealthTolerance(0.05, 0.20);

  public HealthTolerance {
    boolean valid =
        Double.isFinite(behindBeyond)
            && Double.isFinite(offTrackBeyond)
            && behindBeyond >= 0
            && offTrackBeyond >= behindBeyond;
    if (!valid) {
      throw new InvalidValueException(
          TrajectoryMessages.TOLERANCE.key(), behindBeyond, offTrackBeyond);
    }
  }

  /** Tolerances in percent of the planned change, as an admin would enter them. */
  public static HealthTolerance ofPercent(double behindBeyond, double offTrackBeyond) {
    return new HealthTolerance(behindBeyond / 100, offTrackBeyond / 100);
  }

  /** The health of a goal that is {@code shortfall} of its {@code span} behind plan. */
  Health classify(double shortfall, double span) {
    if (shortfall <= behindBeyond * span) {
      return Health.ON_TRACK;
    }
    return shortfall <= offTrackBeyond * span ? Health.BEHIND : Health.OFF_TRACK;
  }
}
