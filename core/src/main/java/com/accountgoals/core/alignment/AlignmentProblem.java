package com.accountgoals.core.alignment;

/**
 * What is wrong with the way a goal is linked into the goals above it. Declared in the order a
 * goal's findings are listed: first what is missing, then each wrong link, then cycles.
 */
public enum AlignmentProblem {
  /** The goal supports nothing, and it is not a vision, which needs no goal above it. */
  NOT_ALIGNED(AlignmentMessages.NOT_ALIGNED),
  /** A milestone that is not a point on the way to a business goal the user can see. */
  MILESTONE_WITHOUT_BUSINESS_GOAL(AlignmentMessages.MILESTONE_WITHOUT_BUSINESS_GOAL),
  /** The goal links to a key that is no goal the user can see. */
  SUPPORTED_GOAL_UNKNOWN(AlignmentMessages.SUPPORTED_GOAL_UNKNOWN),
  /**
   * The goal supports a goal that is not above it: sideways (same level and scope), downward (a
   * lower level, or a narrower scope), or a milestone of a wider scope, which carries no goal.
   */
  LINK_AGAINST_ORDER(AlignmentMessages.LINK_AGAINST_ORDER),
  /** A team's business goal supports only the vision, past the company goals that exist. */
  COMPANY_GOAL_SKIPPED(AlignmentMessages.COMPANY_GOAL_SKIPPED),
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
