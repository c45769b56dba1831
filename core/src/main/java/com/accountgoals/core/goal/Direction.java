package com.accountgoals.core.goal;

/** Which way a metric should move: up for revenue, down for churn or days to pay. */
public enum Direction {
  MORE_IS_BETTER(1),
  LESS_IS_BETTER(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * The direction from a baseline to a target. A target equal to the baseline means "hold this
   * level" (a 90 % retention rate kept): falling below is what hurts, so more is better.
   */
  public static Direction from(double baseline, double target) {
    return target < baseline ? LESS_IS_BETTER : MORE_IS_BETTER;
  }

  /**
   * How far {@code value} is ahead of {@code reference} in this direction: positive when better,
   * negative when worse. Turns every "less is better" comparison into a "more is better" one.
   */
  public double gain(double reference, double value) {
    return sign * (value - reference);
  }

  /** True when {@code value} is at least as good as {@code reference}. */
  public boolean reaches(double value, double reference) {
    return gain(reference, value) >= 0;
  }
}
