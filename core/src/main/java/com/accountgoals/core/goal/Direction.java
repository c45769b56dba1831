package com.accountgoals.core.goal;

/**
 * Which way a goal's metric should go, as the team chose it: never guessed from the numbers.
 *
 * <ul>
 *   <li>{@link #INCREASE}: more is better, and the target is to be reached ("sell 500 licences");
 *   <li>{@link #DECREASE}: less is better, and the target is to be reached ("cut days sales
 *       outstanding to 45");
 *   <li>{@link #KEEP_AT_LEAST}: a floor to hold ("keep retention at 90 % or more");
 *   <li>{@link #KEEP_AT_MOST}: a ceiling to hold ("keep churn at 10 % or below").
 * </ul>
 */
public enum Direction {
  INCREASE(1, false),
  DECREASE(-1, false),
  KEEP_AT_LEAST(1, true),
  KEEP_AT_MOST(-1, true);

  private final int sign;
  private final boolean keep;

  Direction(int sign, boolean keep) {
    this.sign = sign;
    this.keep = keep;
  }

  /**
   * The direction to offer as a default while the team has not chosen one: increase when the target
   * lies above the baseline, decrease when below, keep at least when they are equal. Only a
   * suggestion; what the team chose always wins.
   */
  public static Direction suggestedFor(double baseline, double target) {
    if (Values.areEqual(baseline, target)) {
      return KEEP_AT_LEAST;
    }
    return target > baseline ? INCREASE : DECREASE;
  }

  /** True for floors and ceilings: goals judged by the side of the target the value is on. */
  public boolean isKeep() {
    return keep;
  }

  /** True when more is better: increase and keep at least. */
  public boolean isMoreBetter() {
    return sign > 0;
  }

  /**
   * How far {@code value} is ahead of {@code reference} in this direction: positive when better,
   * negative when worse. Turns every "less is better" comparison into a "more is better" one.
   */
  public double gain(double reference, double value) {
    return sign * (value - reference);
  }

  /**
   * True when {@code value} is at or on the good side of {@code target}, within the comparison
   * tolerance of {@link Values}: for a ceiling of 10 %, 10 % and 9 % reach it, 10.5 % does not.
   */
  public boolean reaches(double value, double target) {
    return sign > 0 ? Values.isAtLeast(value, target) : Values.isAtLeast(target, value);
  }

  /** True when {@code value} is better than {@code reference} by more than the tolerance. */
  public boolean isBetter(double reference, double value) {
    return sign > 0 ? Values.isAbove(value, reference) : Values.isAbove(reference, value);
  }

  /**
   * True when a goal moving this way from {@code baseline} cannot end at {@code target}: an
   * increase to a target not above the baseline, a decrease to one not below. Floors and ceilings
   * never contradict their numbers: a floor below today's level is still a floor.
   */
  public boolean contradicts(double baseline, double target) {
    if (keep) {
      return false;
    }
    return !isBetter(baseline, target);
  }
}
