package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.util.Objects;

/** Builds QBR boards from an account's rows. */
public final class QbrBoards {

  private QbrBoards() {}

  /**
   * The board of {@code project} for {@code quarter} as it stands on {@code date}. Rows of other
   * projects are used only as the goals that the account's goals support; they are never counted.
   *
   * @param rows the account's goals, the visible goals they support, and the actions the plan needs
   */
  public static QbrBoard build(
      ProjectKey project,
      AccountRows rows,
      Quarter quarter,
      LocalDate date,
      BoardSettings settings) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(settings, "settings");
    return new BoardAggregation(project, quarter, date, settings).over(rows);
  }

  /** The board with default settings. */
  public static QbrBoard build(
      ProjectKey project, AccountRows rows, Quarter quarter, LocalDate date) {
    return build(project, rows, quarter, date, BoardSettings.DEFAULT);
  }
}
