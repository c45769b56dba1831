package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.ACME;
import static com.accountgoals.core.rules.Boards.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.qbr.FactorLine;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.qbr.QbrBoards;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trafficlight.Colour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lists that must be cut are cut at the least important end")
class ListsAreCutAtTheLeastImportantEndTest {

  private static QbrBoard board(int limit, List<Goal> goals) {
    return QbrBoards.build(
        ACME,
        new AccountRows(goals, List.of()),
        FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
        TODAY,
        BoardSettings.DEFAULT.withListLimit(limit));
  }

  @Test
  void aCutQuarterKeepsTheMissedAndOverdueGoalsNotTheMetOnes() {
    List<Goal> goals = new ArrayList<>();
    goals.add(aVision().build());
    for (int i = 0; i < 6; i++) {
      goals.add(
          aBusinessGoal()
              .key("ACME-" + (10 + i))
              .due(LocalDate.of(2026, 10, 10 + i))
              .reading(130, LocalDate.of(2026, 10, 1 + i))
              .build()); // met
    }
    goals.add(aBusinessGoal().key("ACME-30").due(LocalDate.of(2026, 12, 20)).build());
    goals.add(aBusinessGoal().key("ACME-31").due(LocalDate.of(2026, 11, 2)).build()); // overdue
    goals.add(
        aBusinessGoal()
            .key("ACME-32")
            .due(LocalDate.of(2026, 10, 31))
            .reading(101, LocalDate.of(2026, 10, 30))
            .done()
            .build()); // missed

    QbrBoard board = board(2, goals);

    assertThat(board.review().goalLines().shown())
        .extracting(GoalLine::key)
        .containsExactly(IssueKey.of("ACME-32"), IssueKey.of("ACME-31"));
    assertThat(board.review().goalLines().total()).isEqualTo(9);
  }

  @Test
  void theOrderIsMissedOverdueOffTrackRedBehindWatchAmberThenTheRest() {
    List<Goal> goals =
        List.of(
            aVision().build(),
            aBusinessGoal()
                .key("ACME-40")
                .light(Colour.AMBER)
                .due(LocalDate.of(2026, 12, 1))
                .build(),
            aBusinessGoal().key("ACME-41").light(Colour.RED).due(LocalDate.of(2026, 12, 2)).build(),
            aBusinessGoal().key("ACME-42").due(LocalDate.of(2026, 11, 1)).build(),
            aBusinessGoal()
                .key("ACME-43")
                .due(LocalDate.of(2026, 12, 3))
                .reading(100, LocalDate.of(2026, 11, 1))
                .build());

    QbrBoard board = board(20, goals);

    assertThat(board.review().goalLines().shown())
        .extracting(GoalLine::key)
        .containsExactly(
            IssueKey.of("ACME-42"),
            IssueKey.of("ACME-43"),
            IssueKey.of("ACME-41"),
            IssueKey.of("ACME-40"));
  }

  @Test
  void factorsKeepTheTeamsOrder() {
    QbrBoard board =
        board(
            20,
            List.of(
                aVision().build(),
                aBusinessGoal()
                    .factor(Colour.RED, "Operations manager refuses to use us")
                    .factor(Colour.RED, "Not on the preferred-supplier list")
                    .build()));

    assertThat(board.lights().factors(Colour.RED).shown())
        .extracting(FactorLine::text)
        .containsExactly(
            "Operations manager refuses to use us", "Not on the preferred-supplier list");
  }
}
