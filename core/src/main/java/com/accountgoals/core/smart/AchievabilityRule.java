package com.accountgoals.core.smart;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * When a target counts as far above what the goal has done so far.
 *
 * <p>The rule compares two paces, both in the metric's unit per month and in the goal's direction:
 * the pace <em>achieved</em> from the start (the baseline, or zero for a cumulative metric) to the
 * actual value, and the pace <em>needed</em> from the actual value to the target by the due date.
 * After {@code monthsOfHistory} months, a needed pace more than {@code paceRatio} times the
 * achieved one earns a warning. Before that there is nothing to judge a pace by. It is a warning,
 * never a block: ambitious goals are the point.
 *
 * <p>Only increase and decrease goals have a pace: floors and ceilings are held, not approached.
 * Whole-number metrics move in steps at their milestones, so their pace is judged only once a first
 * step is made; until then their health, which reads the milestones, says whether they are late.
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
