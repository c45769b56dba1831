package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The QBR board of an account today: loads the rows through the {@link AccountRowSource} port and
 * builds the board. What the plugin's REST resource and the preview call.
 */
public final class QbrBoardService {

  private final AccountRowSource rows;
  private final Today today;
  private final BoardSettings settings;

  public QbrBoardService(AccountRowSource rows, Today today, BoardSettings settings) {
    this.rows = Objects.requireNonNull(rows, "rows");
    this.today = Objects.requireNonNull(today, "today");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The board of {@code project} for {@code quarter}, as of today. */
  public QbrBoard board(ProjectKey project, Quarter quarter) {
    LocalDate date = today.date();
    DateWindow planWindow = RollingPlan.windowFor(date);
    AccountRows accountRows = rows.load(project, planWindow);
    return QbrBoards.build(project, accountRows, quarter, date, settings);
  }
}
