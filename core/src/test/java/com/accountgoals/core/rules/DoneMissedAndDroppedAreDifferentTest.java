package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.board;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.OutcomeCounts;
import com.accountgoals.core.qbr.QbrBoard;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Done, missed and dropped are different: a dropped goal is never met nor celebrated")
class DoneMissedAndDroppedAreDifferentTest {

  private static GoalBuilder contract(String key, String plant) {
    return aBusinessGoal()
        .key(key)
        .summary("Win the framework contract for the " + plant + " plant")
        .unit("contracts")
        .wholeNumbers()
        .baseline(0, LocalDate.of(2026, 3, 1))
        .target(1)
        .due(LocalDate.of(2026, 11, 30));
  }

  private final QbrBoard board =
      board(
          aVision().build(),
          contract("ACME-20", "Linz").reading(1, LocalDate.of(2026, 11, 3)).done().build(),
          contract("ACME-21", "Graz").reading(0, LocalDate.of(2026, 11, 12)).done().build(),
          contract("ACME-22", "Wels").reading(1, LocalDate.of(2026, 10, 20)).dropped().build(),
          contract("ACME-23", "Steyr").done().build(),
          aRelationshipGoal().key("ACME-24").due(LocalDate.of(2026, 11, 10)).done().build());

  @Test
  void eachOutcomeIsCountedApart() {
    assertThat(board.review().goals()).isEqualTo(new OutcomeCounts(1, 0, 1, 1, 1, 1, 0, 0));
  }

  @Test
  void aDroppedGoalIsNotAWinOfTheQuarter() {
    assertThat(board.review().wins().shown())
        .extracting(GoalLine::key)
        .containsExactly(IssueKey.of("ACME-20"));
  }

  @Test
  void droppedGoalsAreShownApart() {
    assertThat(board.review().dropped().shown())
        .extracting(GoalLine::key)
        .containsExactly(IssueKey.of("ACME-22"));
  }

  @Test
  void aDroppedGoalCountsApartInItsLevel() {
    assertThat(board.levels().get(2).dropped()).isEqualTo(1);
    assertThat(board.levels().get(2).done()).isEqualTo(3);
  }

  @Test
  void theQuarterBeforeIsCountedForComparison() {
    QbrBoard board =
        board(
            aVision().build(),
            contract("ACME-40", "Enns")
                .due(LocalDate.of(2026, 9, 30))
                .reading(1, LocalDate.of(2026, 9, 2))
                .build(),
            contract("ACME-41", "Melk").due(LocalDate.of(2026, 8, 31)).build());

    assertThat(board.review().previousGoals()).isEqualTo(new OutcomeCounts(1, 0, 0, 0, 0, 0, 1, 0));
    assertThat(board.review().goals().total()).isZero();
  }

  @Test
  void aGoalMetBeforeAnyoneClosesItIsAWinOfTheQuarterOfItsReading() {
    QbrBoard early =
        board(
            aVision().build(),
            contract("ACME-30", "Enns")
                .due(LocalDate.of(2027, 3, 31))
                .reading(1, LocalDate.of(2026, 10, 5))
                .build());

    assertThat(early.review().wins().shown())
        .extracting(GoalLine::key, GoalLine::metOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("ACME-30"), LocalDate.of(2026, 10, 5)));
    assertThat(early.nextQuarter().total()).isZero();
  }
}
