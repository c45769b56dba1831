package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;

/**
 * A KPI the QBR tracks (a goal in the activity category, such as leads or conversion rate) with its
 * value and its change since the previous quarter.
 *
 * @param goal the goal
 * @param summary the goal's summary, which names the KPI
 * @param unit the unit; {@code null} if unset
 * @param value the actual value
 * @param previousValue the value recorded at the previous QBR; {@code null} when unknown
 * @param change {@code value - previousValue}; {@code null} when the previous value is unknown
 */
public record Kpi(
    IssueKey goal, String summary, String unit, double value, Double previousValue, Double change) {

  static Kpi of(IssueKey goal, String summary, String unit, double value, Double previousValue) {
    Double change = previousValue == null ? null : value - previousValue;
    return new Kpi(goal, summary, unit, value, previousValue, change);
  }

  /** True when the previous quarter's value is known. */
  public boolean hasPreviousValue() {
    return previousValue != null;
  }
}
