package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.rules.Boards.board;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.trajectory.Health;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Direction is part of the goal, chosen by the team, never guessed from the numbers")
class DirectionIsPartOfTheGoalTest {

  @Test
  void aCeilingWhoseBaselineEqualsItsTargetIsReadAsACeilingNotAsMoreIsBetter() {
    // "Keep churn at 10 % or below": baseline and target are both 10; the tie once read as
    // more-is-better, so 25 % churn looked met and 5 % off track.
    QbrBoard at25 =
        board(
            aBusinessGoal()
                .summary("Keep churn at 10 % or below")
                .unit("%")
                .direction(Direction.KEEP_AT_MOST)
                .baseline(10, LocalDate.of(2026, 1, 1))
                .target(10)
                .due(LocalDate.of(2026, 12, 31))
                .reading(25, LocalDate.of(2026, 10, 31))
                .build());

    assertThat(at25.health().counts().offTrack()).isEqualTo(1);
    assertThat(at25.review().goalLines().shown().get(0).outcome()).isEqualTo(Outcome.UPCOMING);
  }

  @Test
  void theSameCeilingAt5PercentIsOnTrack() {
    QbrBoard at5 =
        board(
            aBusinessGoal()
                .summary("Keep churn at 10 % or below")
                .unit("%")
                .direction(Direction.KEEP_AT_MOST)
                .baseline(10, LocalDate.of(2026, 1, 1))
                .target(10)
                .reading(5, LocalDate.of(2026, 10, 31))
                .build());

    assertThat(at5.health().standings().shown().get(0).health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void whatTheTeamChoseWinsOverWhatTheNumbersSuggest() {
    // "Keep product B above 0.9 M": a floor below today's 1.2 M, suggested as a decrease.
    QbrBoard board =
        board(
            aBusinessGoal()
                .summary("Keep product B sales above 0.9 M EUR")
                .unit("M EUR")
                .direction(Direction.KEEP_AT_LEAST)
                .baseline(1.2, LocalDate.of(2026, 1, 1))
                .target(0.9)
                .reading(1.1, LocalDate.of(2026, 10, 31))
                .build());

    assertThat(board.health().counts().onTrack()).isEqualTo(1);
  }
}
