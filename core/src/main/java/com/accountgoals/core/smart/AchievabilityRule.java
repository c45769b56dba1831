package com.accountgoals.core.smart;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * When a target counts as far above what the goal has done so far.
 *
 * <p>The rule compares two paces, both in the metric's unit per month and in the goal's direction:
 * the pace <em>achieved</em> from the baseline to the actual value, and the pace <em>needed</em>
 * from the actual value to the target by the due date. A needed pace more than {@code paceRatio}
 * times the achieved one earns a warning. So does a goal that has made no progress at all after
 * {@code monthsOfHistory} months while it still needs some. Before that much history there is
 * nothing to judge a pace by, so no warning. It is a warning, never a block: ambitious goals are
 * the point.
 *
 * @param paceRatio how many times the achieved pace the needed pace may be, greater than 1
 * @param monthsOfHistory how many months since the baseline before the pace means anything
 */
public record AchievabilityRule(double paceRatio, double monthsOfHistory) {

  /** Warn above three times the pace so far, after at least one month of history. */
  public static final AchievabilityRule DEFAULT = new AchievabilityRule(3, 1);

  public AchievabilityRule {
    boolean valid =
        Double.isFinite(paceRatio)
            && paceRatio > 1
            && Double.isFinite(monthsOfHistory)
            && monthsOfHistory > 0;
    if (!valid) {
      throw new InvalidValueException(
          SmartMessages.ACHIEVABILITY_RULE.key(), paceRatio, monthsOfHistory);
    }
  }
}
