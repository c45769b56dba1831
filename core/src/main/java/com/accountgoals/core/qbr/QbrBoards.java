package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** Builds QBR boards from an account's rows. */
public final class QbrBoards {

  private QbrBoards() {}

  /**
   * The board of {@code project} for {@code quarter} as it stands on {@code date}.
   *
   * @param rows the account's goals and the actions the plan needs
   * @param previousKpiValues the KPI values recorded at the previous QBR, by goal; empty when there
   *     was none. A KPI's change is shown only where its previous value is known.
   */
  public static QbrBoard build(
      ProjectKey project,
      AccountRows rows,
      Quarter quarter,
      LocalDate date,
      Map<IssueKey, Double> previousKpiValues,
      BoardSettings settings) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(previousKpiValues, "previousKpiValues");
    Objects.requireNonNull(settings, "settings");
    return new BoardAggregation(project, quarter, date, previousKpiValues, settings).over(rows);
  }

  /** The board with default settings and no previous QBR. */
  public static QbrBoard build(
      ProjectKey project, AccountRows rows, Quarter quarter, LocalDate date) {
    return build(project, rows, quarter, date, Map.of(), BoardSettings.DEFAULT);
  }
}
