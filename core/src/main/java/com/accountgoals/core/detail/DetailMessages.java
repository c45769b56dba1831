package com.accountgoals.core.detail;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the one-sentence reasons for a goal's health, with the typed arguments of each. */
public enum DetailMessages implements MessageKey {
  /** No reading yet, or no plan to read one against. */
  WHY_NOT_MEASURED("detail.why.not-measured"),
  /** {0} the amount now, {1} the amount the plan says for the day, {2} the day. */
  WHY_AGAINST_PLAN("detail.why.against-plan"),
  /** A ceiling held: {0} the amount now, {1} the ceiling. */
  WHY_WITHIN_CEILING("detail.why.within-ceiling"),
  /** A ceiling crossed: {0} the amount now, {1} by how much (a difference), {2} the ceiling. */
  WHY_ABOVE_CEILING("detail.why.above-ceiling"),
  /** A floor held: {0} the amount now, {1} the floor. */
  WHY_ON_FLOOR("detail.why.on-floor"),
  /** A floor crossed: {0} the amount now, {1} by how much (a difference), {2} the floor. */
  WHY_BELOW_FLOOR("detail.why.below-floor"),
  /**
   * A whole-number goal to watch: on its plan today, but its next step is due within a month and
   * not reached. {0} the amount now, {1} the next step's amount, {2} its day.
   */
  WHY_NEXT_STEP("detail.why.next-step"),
  /**
   * A whole-number goal on track: at its plan's value today, which holds until the next step. {0}
   * the amount now, {1} the next step's amount, {2} its day.
   */
  WHY_ON_PLAN_NEXT_STEP("detail.why.on-plan-next-step"),
  /**
   * A whole-number goal whose value reaches its target before it is closed: its plan's value today,
   * held since the last step, would say nothing. {0} the amount now, {1} the target.
   */
  WHY_TARGET_REACHED("detail.why.target-reached");

  private final String key;

  DetailMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
