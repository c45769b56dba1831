package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.trajectory.Health;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every date in a board is as of its day: later readings are not used")
class TodayIsTheDayOfTheBoardTest {

  private final List<Goal> goals =
      List.of(
          aVision().build(),
          aBusinessGoal()
              .summary("Sell 125 units of product A this year")
              .due(LocalDate.of(2026, 12, 31))
              .reading(126, LocalDate.of(2026, 12, 10))
              .build());

  @Test
  void aBoardOfNovemberDoesNotKnowDecembersReading() {
    QbrBoard november = boardOn(LocalDate.of(2026, 11, 18), goals);

    assertThat(november.health().counts().notMeasured()).isEqualTo(1);
    assertThat(november.review().goalLines().shown().get(0).outcome()).isEqualTo(Outcome.UPCOMING);
  }

  @Test
  void aBoardOfDecemberDoes() {
    QbrBoard december = boardOn(LocalDate.of(2026, 12, 11), goals);

    assertThat(december.review().goalLines().shown().get(0).outcome())
        .isEqualTo(Outcome.MET_ON_TIME);
    assertThat(december.health().standings().shown().get(0).health()).isEqualTo(Health.ON_TRACK);
  }
}
