package com.accountgoals.core.rules;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.qbr.QbrBoards;
import com.accountgoals.core.quarter.FiscalCalendar;
import java.time.LocalDate;
import java.util.List;

/** Builds boards of the ACME account for the rule tests, with a calendar fiscal year. */
final class Boards {

  static final ProjectKey ACME = ProjectKey.of("ACME");

  /** The day most rule stories are told on: Wednesday, 18 November 2026, in 2026-Q4. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

  private Boards() {}

  static QbrBoard boardOn(LocalDate date, List<Goal> goals) {
    return boardOn(date, goals, List.of());
  }

  static QbrBoard boardOn(LocalDate date, List<Goal> goals, List<Action> actions) {
    return QbrBoards.build(
        ACME,
        new AccountRows(goals, actions),
        FiscalCalendar.CALENDAR_YEAR.quarterOf(date),
        date,
        BoardSettings.DEFAULT);
  }

  static QbrBoard board(Goal... goals) {
    return boardOn(TODAY, List.of(goals));
  }
}
