package com.accountgoals.core.alignment;

/** What is wrong with the way a goal is linked into the account's goals. */
public enum AlignmentProblem {
  /** The goal supports nothing, and it is not a vision, which needs no goal above it. */
  NOT_ALIGNED(AlignmentMessages.NOT_ALIGNED),
  /** The goal supports a goal that is not among the account's goals (or not visible). */
  SUPPORTED_GOAL_UNKNOWN(AlignmentMessages.SUPPORTED_GOAL_UNKNOWN),
  /** The goal supports a goal on its own level or below, which cannot carry it. */
  SUPPORTED_GOAL_NOT_ABOVE(AlignmentMessages.SUPPORTED_GOAL_NOT_ABOVE),
  /** A milestone that is not a point on the way to a business goal. */
  MILESTONE_WITHOUT_BUSINESS_GOAL(AlignmentMessages.MILESTONE_WITHOUT_BUSINESS_GOAL),
  /** Following the links leads back to where it started. */
  CYCLE(AlignmentMessages.CYCLE);

  private final AlignmentMessages message;

  AlignmentProblem(AlignmentMessages message) {
    this.message = message;
  }

  /** The i18n key of the finding. */
  public String messageKey() {
    return message.key();
  }
}
