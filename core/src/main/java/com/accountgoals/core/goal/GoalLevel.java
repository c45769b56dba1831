package com.accountgoals.core.goal;

/**
 * The four levels of goals one account carries at once, from the long view down to the interim
 * targets. Declared from the top, so a lower level has a higher ordinal.
 */
public enum GoalLevel {
  /** What the account could look like in years; not a money figure. */
  VISION,
  /** How the relationship should feel, phrased as the customer would say it. */
  RELATIONSHIP,
  /** A hard goal: specific, measurable, agreed, realistic, with a time scale. */
  BUSINESS,
  /** An interim target that shows we are on the way to a business goal. */
  MILESTONE;

  /** True for the levels that carry a metric and are checked against SMART. */
  public boolean isMeasurable() {
    return this == BUSINESS || this == MILESTONE;
  }

  /** True when this level has nothing above it and needs no alignment link. */
  public boolean isTopLevel() {
    return this == VISION;
  }

  /** True when this level sits above {@code other}, so {@code other} may support it. */
  public boolean isAbove(GoalLevel other) {
    return compareTo(other) < 0;
  }
}
