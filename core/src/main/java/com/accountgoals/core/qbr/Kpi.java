package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;

/**
 * A goal the team marked as a KPI, with its value of the quarter and its change since the quarter
 * before, read in the KPI's own direction.
 *
 * @param goal the goal
 * @param summary the goal's summary, which names the KPI
 * @param category the goal's category
 * @param unit the unit; {@code null} if unset
 * @param direction the direction the KPI is read in; {@code null} if unknown
 * @param value the last reading within the quarter; {@code null} when there is none (not measured)
 * @param valueDate the day of that reading; {@code null} with it
 * @param previousValue the last reading within the previous quarter; {@code null} when there is
 *     none
 * @param change how the value compares with the previous one
 */
public record Kpi(
    IssueKey goal,
    String summary,
    GoalCategory category,
    String unit,
    Direction direction,
    Double value,
    LocalDate valueDate,
    Double previousValue,
    KpiChange change) {

  /** {@code value - previousValue}, when both are known. */
  public Double difference() {
    return value == null || previousValue == null ? null : value - previousValue;
  }

  /** True when the KPI has a value this quarter. */
  public boolean isMeasured() {
    return value != null;
  }
}
