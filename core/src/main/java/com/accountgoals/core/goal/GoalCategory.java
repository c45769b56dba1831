package com.accountgoals.core.goal;

/** The kinds of goals the method names; goals may differ for every account. */
public enum GoalCategory {
  REVENUE,
  RETENTION,
  NEW_BUSINESS,
  ACCOUNT_BASED,
  /** Counts of activities; the QBR board shows these as KPIs (leads, conversion rate...). */
  ACTIVITY_BASED,
  TERRITORY,
  MARKET_SHARE,
  MARGIN,
  PROFITABILITY,
  OTHER;

  /** True when goals of this category are the KPIs the QBR tracks quarter by quarter. */
  public boolean isKpi() {
    return this == ACTIVITY_BASED;
  }
}
