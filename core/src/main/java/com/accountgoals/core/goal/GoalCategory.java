package com.accountgoals.core.goal;

/**
 * The kinds of goals the method names; goals may differ for every account. Whether a goal is a KPI
 * is the team's mark on the goal ({@link Goal#kpi()}), not a property of its category.
 */
public enum GoalCategory {
  REVENUE,
  RETENTION,
  NEW_BUSINESS,
  ACCOUNT_BASED,
  ACTIVITY_BASED,
  TERRITORY,
  MARKET_SHARE,
  MARGIN,
  PROFITABILITY,
  OTHER
}
