package com.accountgoals.core.goal;

/**
 * Whose goal it is: one person's, the account team's, or the company's. Alignment runs upward
 * across scopes (individual, team, company) as it runs upward across levels. Declared from the
 * narrowest, so a wider scope has a higher ordinal.
 */
public enum GoalScope {
  INDIVIDUAL,
  TEAM,
  COMPANY;

  /** True when this scope is wider than {@code other}: a team's goal is wider than a person's. */
  public boolean isWiderThan(GoalScope other) {
    return compareTo(other) > 0;
  }
}
