package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.rules.Boards.board;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.UnitTolerance;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.trajectory.Health;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keep goals are judged by the side of the target, with a tolerance in their own unit")
class KeepGoalsTest {

  /** "Keep a 90 % retention rate next year", with 2 points of tolerance. */
  private static GoalBuilder retention() {
    return aBusinessGoal()
        .summary("Keep a 90 % customer retention rate")
        .unit("%")
        .direction(Direction.KEEP_AT_LEAST)
        .baseline(93, LocalDate.of(2026, 1, 1))
        .target(90)
        .tolerance(UnitTolerance.of(2))
        .due(LocalDate.of(2026, 12, 31));
  }

  @Test
  void ninetyPercentRetentionAt76IsOffTrackBecauseTheToleranceIsPointsNotAShareOfTheLevel() {
    QbrBoard board = board(retention().reading(76, LocalDate.of(2026, 10, 31)).build());

    assertThat(board.health().counts().offTrack()).isEqualTo(1);
  }

  @Test
  void retentionAt89IsWatchWithinTwoPoints() {
    QbrBoard board = board(retention().reading(89, LocalDate.of(2026, 10, 31)).build());

    assertThat(board.health().counts().watch()).isEqualTo(1);
  }

  @Test
  void aKeepGoalHasNoProgressToShow() {
    QbrBoard board = board(retention().reading(91, LocalDate.of(2026, 10, 31)).build());

    assertThat(board.health().standings().shown().get(0).progress()).isNull();
  }

  @Test
  void aKeepGoalIsNeverANoProgressYetFinding() {
    QbrBoard board = board(retention().reading(93, LocalDate.of(2026, 10, 31)).build());

    assertThat(board.findings().notSmart().shown())
        .flatExtracting(a -> a.findings())
        .extracting(f -> f.messageKey())
        .doesNotContain("account-goals.smart.achievable.no-progress-yet");
  }

  @Test
  void aKeepGoalIsMetOnlyWhenThePeriodEndsOnTheRightSide() {
    List<com.accountgoals.core.goal.Goal> goals =
        List.of(retention().reading(91, LocalDate.of(2026, 12, 15)).build());

    assertThat(boardOn(LocalDate.of(2026, 12, 20), goals).review().goals().met()).isZero();
    QbrBoard afterwards = boardOn(LocalDate.of(2026, 12, 31), goals);
    assertThat(afterwards.review().goals().metOnTime()).isEqualTo(1);
    assertThat(afterwards.review().goalLines().shown().get(0).outcome())
        .isEqualTo(Outcome.MET_ON_TIME);
  }

  @Test
  void aCeilingOfZeroEscalationsIsBrokenByOne() {
    QbrBoard board =
        board(
            aBusinessGoal()
                .summary("Keep escalations to the board at zero")
                .unit("escalations")
                .wholeNumbers()
                .direction(Direction.KEEP_AT_MOST)
                .baseline(0, LocalDate.of(2026, 1, 1))
                .target(0)
                .reading(1, LocalDate.of(2026, 9, 2))
                .build());

    assertThat(board.health().standings().shown().get(0).health()).isEqualTo(Health.OFF_TRACK);
  }
}
