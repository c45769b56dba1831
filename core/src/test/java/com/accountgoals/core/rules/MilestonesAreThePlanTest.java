package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.trajectory.Health;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Milestones are the plan: whole numbers move in steps, continuous values along a line")
class MilestonesAreThePlanTest {

  /** 5 products in use, 2 on 1 June; 3 by October, 4 by March, 5 by September next year. */
  private static List<Goal> products(double inUse, LocalDate measuredOn) {
    return List.of(
        aBusinessGoal()
            .key("ACME-3")
            .summary("5 products in use by the end of next year")
            .unit("products")
            .wholeNumbers()
            .baseline(2, LocalDate.of(2026, 6, 1))
            .target(5)
            .due(LocalDate.of(2027, 12, 31))
            .reading(inUse, measuredOn)
            .build(),
        aMilestone()
            .key("ACME-4")
            .supports("ACME-3")
            .target(3)
            .due(LocalDate.of(2026, 10, 31))
            .build(),
        aMilestone()
            .key("ACME-5")
            .supports("ACME-3")
            .target(4)
            .due(LocalDate.of(2027, 3, 31))
            .build(),
        aMilestone()
            .key("ACME-6")
            .supports("ACME-3")
            .target(5)
            .due(LocalDate.of(2027, 9, 30))
            .build());
  }

  private static Health healthOn(LocalDate day, List<Goal> goals) {
    QbrBoard board = boardOn(day, goals);
    return board.health().standings().shown().get(0).health();
  }

  @Test
  void twoProductsInSeptemberIsWatchingNotOffTrack() {
    assertThat(healthOn(LocalDate.of(2026, 9, 15), products(2, LocalDate.of(2026, 6, 1))))
        .isEqualTo(Health.ON_TRACK);
    assertThat(healthOn(LocalDate.of(2026, 10, 15), products(2, LocalDate.of(2026, 6, 1))))
        .isEqualTo(Health.WATCH);
  }

  @Test
  void aGoalIsBehindOnlyOnceAMilestoneDateHasPassedWithoutItsValue() {
    assertThat(healthOn(LocalDate.of(2026, 11, 2), products(2, LocalDate.of(2026, 6, 1))))
        .isEqualTo(Health.BEHIND);
    assertThat(healthOn(LocalDate.of(2026, 11, 2), products(3, LocalDate.of(2026, 10, 28))))
        .isEqualTo(Health.ON_TRACK);
  }

  @Test
  void winningOneContractIsNotOffTrackAfterAFifthOfItsTime() {
    List<Goal> contract =
        List.of(
            aVision().build(),
            aBusinessGoal()
                .summary("Win the framework contract for the Linz plant")
                .unit("contracts")
                .wholeNumbers()
                .baseline(0, LocalDate.of(2026, 1, 1))
                .target(1)
                .due(LocalDate.of(2026, 12, 31))
                .reading(0, LocalDate.of(2026, 3, 31))
                .build());

    assertThat(healthOn(LocalDate.of(2026, 4, 15), contract)).isEqualTo(Health.ON_TRACK);
    assertThat(boardOn(LocalDate.of(2026, 4, 15), contract).findings().notSmart().total()).isZero();
  }

  @Test
  void aContinuousGoalIsReadAgainstTheLineBetweenItsMilestones() {
    List<Goal> revenue =
        List.of(
            aBusinessGoal()
                .key("ACME-7")
                .summary("Grow services revenue with Acme to 480 000 EUR")
                .unit("EUR")
                .baseline(300_000, LocalDate.of(2026, 1, 1))
                .target(480_000)
                .due(LocalDate.of(2026, 12, 31))
                .reading(342_000, LocalDate.of(2026, 5, 1))
                .build(),
            aMilestone()
                .key("ACME-8")
                .supports("ACME-7")
                .target(400_000)
                .due(LocalDate.of(2026, 9, 30))
                .build());

    // On 2 May the line from 300 000 (1 January) to 400 000 (30 September) stands at about
    // 344 500: 342 000 is short by less than 5 % of the planned change.
    assertThat(healthOn(LocalDate.of(2026, 5, 2), revenue)).isEqualTo(Health.ON_TRACK);
  }
}
