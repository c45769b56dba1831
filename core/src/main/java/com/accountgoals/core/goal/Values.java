package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * The rules every metric value obeys: finite, bounded, and compared with a tolerance.
 *
 * <p>Bounded because a board divides and multiplies values (progress, paces): with every value
 * within {@value #MAX_MAGNITUDE} in size and differences below {@link #areEqual tolerance} treated
 * as none, no NaN or infinity can come out. Compared with a tolerance because values arrive as
 * binary fractions: a team that records 0.1 and then 0.2 more has reached 0.3.
 */
public final class Values {

  /** The largest size of a value: a quadrillion, far above any amount an account counts. */
  public static final double MAX_MAGNITUDE = 1e15;

  /** The relative tolerance of comparisons: one part in a billion, and at least that absolutely. */
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private Values() {}

  /**
   * Returns {@code value} when it is finite and within {@value #MAX_MAGNITUDE} in size.
   *
   * @throws InvalidValueException with key {@code account-goals.goal.error.value-out-of-range}
   */
  public static double requireBounded(double value) {
    if (!Double.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
      throw new InvalidValueException(
          GoalMessages.VALUE_OUT_OF_RANGE.key(), String.valueOf(value), MAX_MAGNITUDE);
    }
    return value;
  }

  /** As {@link #requireBounded(double)}, letting {@code null} (not set) through. */
  public static Double requireBoundedOrNull(Double value) {
    return value == null ? null : requireBounded(value);
  }

  /** True when {@code a} and {@code b} differ by less than the comparison tolerance. */
  public static boolean areEqual(double a, double b) {
    return Math.abs(a - b) <= margin(a, b);
  }

  /** True when {@code a} is greater than {@code b} by more than the comparison tolerance. */
  public static boolean isAbove(double a, double b) {
    return a - b > margin(a, b);
  }

  /** True when {@code a} is at least {@code b}, within the comparison tolerance. */
  public static boolean isAtLeast(double a, double b) {
    return !isAbove(b, a);
  }

  private static double margin(double a, double b) {
    return RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
