package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.UnitTolerance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Health")
class HealthRuleTest {

  private static Health healthOn(Goal goal, List<Goal> milestones, LocalDate date) {
    return Standing.of(goal, milestones, date, HealthTolerance.DEFAULT).health();
  }

  @Nested
  @DisplayName("keep goals are judged by the side of their target")
  class KeepGoals {

    private GoalBuilder churnAtMost10() {
      return aBusinessGoal()
          .summary("Keep churn at 10 % or below")
          .unit("%")
          .direction(Direction.KEEP_AT_MOST)
          .baseline(10, LocalDate.of(2026, 1, 1))
          .target(10)
          .tolerance(UnitTolerance.of(3));
    }

    @Test
    void churnAt25PercentIsOffTrack() {
      Goal goal = churnAtMost10().reading(25, LocalDate.of(2026, 10, 31)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 11, 18))).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void churnAt5PercentIsOnTrack() {
      Goal goal = churnAtMost10().reading(5, LocalDate.of(2026, 10, 31)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 11, 18))).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void churnAt12PercentWithinThreePointsIsWatch() {
      Goal goal = churnAtMost10().reading(12, LocalDate.of(2026, 10, 31)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 11, 18))).isEqualTo(Health.WATCH);
    }

    @Test
    void retentionOf76AgainstAFloorOf90IsOffTrackNotBehind() {
      Goal retention =
          aBusinessGoal()
              .summary("Keep a 90 % customer retention rate")
              .unit("%")
              .direction(Direction.KEEP_AT_LEAST)
              .baseline(92, LocalDate.of(2026, 1, 1))
              .target(90)
              .tolerance(UnitTolerance.of(2))
              .reading(76, LocalDate.of(2026, 10, 31))
              .build();

      assertThat(healthOn(retention, List.of(), LocalDate.of(2026, 11, 18)))
          .isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aFloorBelowTheBaselineIsReadAsAFloor() {
      Goal productB =
          aBusinessGoal()
              .summary("Keep product B above 0.9 M EUR")
              .unit("M EUR")
              .direction(Direction.KEEP_AT_LEAST)
              .baseline(1.2, LocalDate.of(2026, 1, 1))
              .target(0.9)
              .reading(1.05, LocalDate.of(2026, 10, 31))
              .build();

      assertThat(healthOn(productB, List.of(), LocalDate.of(2026, 11, 18)))
          .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void withoutATolerancePointOnePointOnTheWrongSideIsOffTrack() {
      Goal goal = churnAtMost10().tolerance(null).reading(10.1, LocalDate.of(2026, 10, 31)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 11, 18))).isEqualTo(Health.OFF_TRACK);
    }
  }

  @Nested
  @DisplayName("whole-number goals move in steps")
  class Steps {

    /** 2 products on 1 June; 3 by October, 4 by next March, 5 by next September. */
    private final Goal products =
        aBusinessGoal()
            .key("ACME-3")
            .summary("5 products in use by the end of next year")
            .unit("products")
            .wholeNumbers()
            .baseline(2, LocalDate.of(2026, 6, 1))
            .target(5)
            .due(LocalDate.of(2027, 12, 31))
            .reading(2, LocalDate.of(2026, 6, 1))
            .build();

    private final List<Goal> milestones =
        List.of(
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

    @Test
    void stillAtTwoInAugustIsOnTrackBecauseTheNextMilestoneIsAhead() {
      assertThat(healthOn(products, milestones, LocalDate.of(2026, 8, 15)))
          .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void stillAtTwoInSeptemberIsWatchNotOffTrack() {
      assertThat(healthOn(products, milestones, LocalDate.of(2026, 10, 10)))
          .isEqualTo(Health.WATCH);
    }

    @Test
    void oneMilestoneDatePassedWithoutItsValueIsBehind() {
      assertThat(healthOn(products, milestones, LocalDate.of(2026, 11, 18)))
          .isEqualTo(Health.BEHIND);
    }

    @Test
    void twoMilestoneDatesPassedWithoutTheirValueIsOffTrack() {
      assertThat(healthOn(products, milestones, LocalDate.of(2027, 4, 2)))
          .isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aMilestoneReachedLateNoLongerCountsAsMissed() {
      Goal caughtUp =
          aBusinessGoal()
              .key("ACME-3")
              .unit("products")
              .wholeNumbers()
              .baseline(2, LocalDate.of(2026, 6, 1))
              .target(5)
              .due(LocalDate.of(2027, 12, 31))
              .reading(3, LocalDate.of(2026, 11, 10))
              .build();

      assertThat(healthOn(caughtUp, milestones, LocalDate.of(2026, 11, 18)))
          .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void winningOneContractIsNotOffTrackBeforeItsDate() {
      Goal contract =
          aBusinessGoal()
              .summary("Win the framework contract for the Bremen plant")
              .unit("contracts")
              .wholeNumbers()
              .baseline(0, LocalDate.of(2026, 1, 1))
              .target(1)
              .due(LocalDate.of(2026, 12, 31))
              .reading(0, LocalDate.of(2026, 3, 1))
              .build();

      assertThat(healthOn(contract, List.of(), LocalDate.of(2026, 4, 1)))
          .isEqualTo(Health.ON_TRACK);
      assertThat(healthOn(contract, List.of(), LocalDate.of(2026, 12, 15))).isEqualTo(Health.WATCH);
      assertThat(healthOn(contract, List.of(), LocalDate.of(2027, 1, 2)))
          .isEqualTo(Health.OFF_TRACK);
    }
  }

  @Nested
  @DisplayName("continuous goals are planned as a line")
  class Lines {

    /** Revenue from 100 000 to 200 000 EUR over 2026: 150 000 planned on 2 July. */
    private GoalBuilder revenue() {
      return aBusinessGoal()
          .summary("Grow revenue with Acme to 200 000 EUR")
          .unit("EUR")
          .baseline(100_000, LocalDate.of(2026, 1, 1))
          .target(200_000)
          .due(LocalDate.of(2026, 12, 31));
    }

    private final LocalDate july2 = LocalDate.of(2026, 7, 2);

    @Test
    void withinFivePercentOfThePlannedChangeIsOnTrack() {
      Goal goal = revenue().reading(146_000, LocalDate.of(2026, 7, 1)).build();

      assertThat(healthOn(goal, List.of(), july2)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void shortByTenPercentWithNoMilestoneMissedIsWatch() {
      Goal goal = revenue().reading(140_000, LocalDate.of(2026, 7, 1)).build();

      assertThat(healthOn(goal, List.of(), july2)).isEqualTo(Health.WATCH);
    }

    @Test
    void shortByTenPercentWithAMilestoneMissedIsBehind() {
      Goal slower =
          revenue()
              .key("ACME-10")
              .reading(120_000, LocalDate.of(2026, 6, 15))
              .reading(140_000, LocalDate.of(2026, 7, 1))
              .build();
      List<Goal> june =
          List.of(aMilestone().target(145_000).due(LocalDate.of(2026, 6, 30)).build());
      assertThat(healthOn(slower, june, july2)).isEqualTo(Health.BEHIND);
    }

    @Test
    void shortByMoreThanTwentyPercentIsOffTrack() {
      Goal goal = revenue().reading(120_000, LocalDate.of(2026, 7, 1)).build();

      assertThat(healthOn(goal, List.of(), july2)).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aGoalsOwnToleranceInItsUnitWins() {
      Goal goal =
          revenue()
              .tolerance(new UnitTolerance(15_000, 40_000))
              .reading(140_000, LocalDate.of(2026, 7, 1))
              .build();

      assertThat(healthOn(goal, List.of(), july2)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void aDecreaseIsReadDownwards() {
      Goal dso =
          aBusinessGoal()
              .summary("Cut days sales outstanding from 60 to 45 days")
              .unit("days")
              .direction(Direction.DECREASE)
              .baseline(60, LocalDate.of(2026, 1, 1))
              .target(45)
              .due(LocalDate.of(2026, 12, 31))
              .reading(58, LocalDate.of(2026, 10, 31))
              .build();

      assertThat(healthOn(dso, List.of(), LocalDate.of(2026, 11, 1))).isEqualTo(Health.OFF_TRACK);
    }
  }

  @Nested
  @DisplayName("at the edges of each health")
  class Edges {

    /** 2 products on 1 June 2026, 3 by the end of November, 5 by the end of next year. */
    private final Goal products =
        aBusinessGoal()
            .key("ACME-3")
            .summary("5 products in use by the end of next year")
            .unit("products")
            .wholeNumbers()
            .baseline(2, LocalDate.of(2026, 6, 1))
            .target(5)
            .due(LocalDate.of(2027, 12, 31))
            .reading(2, LocalDate.of(2026, 6, 1))
            .build();

    private final List<Goal> november =
        List.of(
            aMilestone()
                .key("ACME-4")
                .supports("ACME-3")
                .target(3)
                .due(LocalDate.of(2026, 11, 30))
                .build());

    /** 100 000 to 200 000 EUR over 2026, 150 000 by the end of June, own tolerances in EUR. */
    private final GoalBuilder revenue =
        aBusinessGoal()
            .summary("Grow revenue with Acme to 200 000 EUR")
            .unit("EUR")
            .baseline(100_000, LocalDate.of(2026, 1, 1))
            .target(200_000)
            .due(LocalDate.of(2026, 12, 31))
            .tolerance(new UnitTolerance(5_000, 20_000));

    private final List<Goal> june =
        List.of(aMilestone().target(150_000).due(LocalDate.of(2026, 6, 30)).build());

    private final LocalDate june30 = LocalDate.of(2026, 6, 30);

    @Test
    void onAMilestonesOwnDayNotYetReachingItIsWatchNotBehind() {
      assertThat(healthOn(products, november, LocalDate.of(2026, 11, 30))).isEqualTo(Health.WATCH);
    }

    @Test
    void aMilestoneExactlyAMonthAheadAndNotReachedIsWatch() {
      assertThat(healthOn(products, november, LocalDate.of(2026, 10, 30))).isEqualTo(Health.WATCH);
    }

    @Test
    void shortByExactlyTheOnTrackToleranceIsStillOnTrack() {
      Goal goal = revenue.reading(145_000, june30).build();

      assertThat(healthOn(goal, june, june30)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void shortByExactlyTheOffTrackToleranceIsWatchNotOffTrack() {
      Goal goal = revenue.reading(130_000, june30).build();

      assertThat(healthOn(goal, june, june30)).isEqualTo(Health.WATCH);
    }
  }

  @Nested
  @DisplayName("cumulative goals start from zero")
  class Cumulative {

    @Test
    void salesSoFarThisYearArePlannedFromZero() {
      Goal sales =
          aBusinessGoal()
              .summary("Sell 240 000 EUR to Acme this year")
              .unit("EUR")
              .cumulative()
              .baseline(1_000_000, LocalDate.of(2026, 1, 1)) // last year's total: not the start
              .target(240_000)
              .due(LocalDate.of(2026, 12, 31))
              .reading(118_000, LocalDate.of(2026, 6, 30))
              .build();

      Standing standing =
          Standing.of(sales, List.of(), LocalDate.of(2026, 7, 1), HealthTolerance.DEFAULT);

      assertThat(standing.planned()).isBetween(119_000.0, 121_000.0);
      assertThat(standing.health()).isEqualTo(Health.ON_TRACK);
      assertThat(standing.progress().percent()).isBetween(49.0, 49.5);
    }
  }

  @Nested
  @DisplayName("not measured")
  class NotMeasured {

    @Test
    void aGoalWithoutAReadingIsNotMeasured() {
      assertThat(healthOn(aBusinessGoal().build(), List.of(), LocalDate.of(2026, 6, 1)))
          .isEqualTo(Health.NOT_MEASURED);
    }

    @Test
    void theBaselineIsNotAReading() {
      Goal goal = aBusinessGoal().baseline(100, LocalDate.of(2026, 1, 1)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 6, 1)))
          .isEqualTo(Health.NOT_MEASURED);
    }

    @Test
    void aReadingDatedAfterTheDayIsNotUsed() {
      Goal goal = aBusinessGoal().reading(110, LocalDate.of(2026, 7, 1)).build();

      assertThat(healthOn(goal, List.of(), LocalDate.of(2026, 6, 30)))
          .isEqualTo(Health.NOT_MEASURED);
    }
  }

  @Nested
  @DisplayName("a changed target keeps the original plan visible")
  class Replanned {

    @Test
    void aLoweredTargetCannotQuietlyTurnGreen() {
      Goal lowered =
          aBusinessGoal()
              .unit("EUR")
              .baseline(100_000, LocalDate.of(2026, 1, 1))
              .target(200_000)
              .due(LocalDate.of(2026, 12, 31))
              .reading(120_000, LocalDate.of(2026, 7, 1))
              .targetChanged(LocalDate.of(2026, 7, 1), 140_000, "marco.rossi", "Budget cut")
              .reading(130_000, LocalDate.of(2026, 9, 30))
              .build();

      Standing standing =
          Standing.of(lowered, List.of(), LocalDate.of(2026, 10, 1), HealthTolerance.DEFAULT);

      assertThat(standing.health()).isEqualTo(Health.ON_TRACK);
      assertThat(standing.healthAgainstOriginal()).isEqualTo(Health.OFF_TRACK);
      assertThat(standing.plan().get(0).date()).isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(standing.originalPlan().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(standing.targetChanges()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("found by mutation testing")
  class FoundByMutationTesting {

    @Test
    void aWholeNumberGoalDueOnItsBaselineDayAndShortOnThatDayIsWatchNotOnTrack() {
      LocalDate day = LocalDate.of(2026, 11, 30);
      Goal goal =
          aBusinessGoal()
              .unit("products")
              .wholeNumbers()
              .baseline(2, day)
              .target(5)
              .due(day)
              .reading(2, day)
              .build();

      assertThat(healthOn(goal, List.of(), day)).isEqualTo(Health.WATCH);
      assertThat(healthOn(goal, List.of(), day.plusDays(1))).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aStandingKnowsNothingOfATargetChangeMadeAfterItsDay() {
      Goal raisedInSeptember =
          aBusinessGoal()
              .unit("EUR")
              .baseline(100_000, LocalDate.of(2026, 1, 1))
              .target(200_000)
              .due(LocalDate.of(2026, 12, 31))
              .reading(150_000, LocalDate.of(2026, 6, 30))
              .targetChanged(LocalDate.of(2026, 9, 1), 300_000, "anna.berger", "New plant")
              .build();

      Standing june =
          Standing.of(
              raisedInSeptember, List.of(), LocalDate.of(2026, 7, 1), HealthTolerance.DEFAULT);

      assertThat(june.wasReplanned()).isFalse();
      assertThat(june.plan()).last().extracting(p -> p.value()).isEqualTo(200_000.0);
      assertThat(june.health()).isEqualTo(Health.ON_TRACK);
    }
  }
}
