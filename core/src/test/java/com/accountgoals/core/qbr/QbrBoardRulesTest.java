package com.accountgoals.core.qbr;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QbrBoardRulesTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  private static final Quarter Q4 = FiscalCalendar.CALENDAR_YEAR.parse("2026-Q4");

  private static QbrBoard board(List<Goal> goals, BoardSettings settings) {
    return QbrBoards.build(ACME, new AccountRows(goals, List.of()), Q4, TODAY, Map.of(), settings);
  }

  @Nested
  @DisplayName("an account whose fiscal year starts in April (Volta, 15 February 2027)")
  class FiscalYearFromApril {

    private final SampleAccount volta = SampleAccounts.volta();

    @Test
    void reviewsJanuaryToMarchAsFiscalQ4() {
      QbrBoard board =
          QbrBoards.build(volta.project(), volta.rows(), volta.currentQuarter(), volta.today());

      assertThat(board.quarter()).hasToString("2026-Q4");
      assertThat(board.review().goals().upcoming()).isEqualTo(2);
    }

    @Test
    void reviewsOctoberToDecemberAsFiscalQ3WithTheMilestoneClosedShortAsMissed() {
      Quarter q3 = volta.calendar().parse("2026-Q3");

      QbrBoard board = QbrBoards.build(volta.project(), volta.rows(), q3, volta.today());

      assertThat(board.review().milestones()).isEqualTo(new OutcomeCounts(0, 1, 0, 0));
      assertThat(board.review().milestoneLines().shown())
          .extracting(GoalLine::key, GoalLine::outcome)
          .containsExactly(tuple(IssueKey.of("VOLTA-4"), Outcome.MISSED));
    }

    @Test
    void findsTheLicenceGoalOffTrackAndTheMarginGoalBehind() {
      QbrBoard board =
          QbrBoards.build(volta.project(), volta.rows(), volta.currentQuarter(), volta.today());

      assertThat(board.health().standings().shown())
          .extracting(Standing::goal, Standing::health)
          .containsExactly(
              tuple(IssueKey.of("VOLTA-2"), Health.OFF_TRACK),
              tuple(IssueKey.of("VOLTA-5"), Health.BEHIND));
    }
  }

  @Nested
  @DisplayName("lists on the board")
  class Lists {

    @Test
    void showAtMostTheLimitButCountEveryEntry() {
      List<Goal> goals = new ArrayList<>();
      goals.add(aVision().build());
      for (int i = 10; i < 40; i++) {
        goals.add(aBusinessGoal().key("ACME-" + i).supportsNothing().build());
      }

      QbrBoard board = board(goals, BoardSettings.DEFAULT.withListLimit(5));

      Shortlist<AlignmentFinding> alignment = board.findings().alignment();
      assertThat(alignment.total()).isEqualTo(30);
      assertThat(alignment.shown())
          .extracting(AlignmentFinding::goal)
          .extracting(IssueKey::value)
          .containsExactly("ACME-10", "ACME-11", "ACME-12", "ACME-13", "ACME-14");
      assertThat(alignment.isTruncated()).isTrue();
    }

    @Test
    void mayBeAskedForNoEntriesAtAllKeepingTheCounts() {
      List<Goal> goals = List.of(aVision().build(), aBusinessGoal().actual(110).build());

      QbrBoard board = board(goals, BoardSettings.DEFAULT.withListLimit(0));

      assertThat(board.health().standings().shown()).isEmpty();
      assertThat(board.health().standings().total()).isEqualTo(1);
    }

    @Test
    void refuseALimitAboveAThousand() {
      assertThatThrownBy(() -> BoardSettings.DEFAULT.withListLimit(1001))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.qbr.error.list-limit"));
    }
  }

  @Nested
  @DisplayName("alignment cycles")
  class Cycles {

    @Test
    void areReportedOnTheBoardOnce() {
      List<Goal> goals =
          List.of(
              aVision().build(),
              aBusinessGoal().key("ACME-10").supports("ACME-20").build(),
              aMilestone().key("ACME-20").supports("ACME-10").build());

      QbrBoard board = board(goals, BoardSettings.DEFAULT);

      assertThat(board.findings().alignment().shown())
          .filteredOn(f -> f.problem() == AlignmentProblem.CYCLE)
          .containsExactly(
              AlignmentFinding.cycle(List.of(IssueKey.of("ACME-10"), IssueKey.of("ACME-20"))));
    }

    @Test
    void throughTheVisionAreFoundToo() {
      List<Goal> goals =
          List.of(
              aVision().key("ACME-1").supports("ACME-20").build(),
              aBusinessGoal().key("ACME-10").supports("ACME-1").build(),
              aMilestone().key("ACME-20").supports("ACME-10").build());

      QbrBoard board = board(goals, BoardSettings.DEFAULT);

      assertThat(board.findings().alignment().shown())
          .extracting(AlignmentFinding::problem)
          .containsExactly(AlignmentProblem.CYCLE);
    }
  }

  @Test
  void anAccountWithoutRowsGivesAnEmptyBoard() {
    QbrBoard board = board(List.of(), BoardSettings.DEFAULT);

    assertThat(board.goalCount()).isZero();
    assertThat(board.health().counts()).isEqualTo(new HealthCounts(0, 0, 0, 0));
    assertThat(board.plan().detail()).isEmpty();
  }
}
