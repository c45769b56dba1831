package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The plan a goal is judged by")
class PlanTest {

  /** 100 000 to 200 000 EUR of revenue over 2026, read as a line. */
  private static GoalBuilder revenue() {
    return aBusinessGoal()
        .summary("Grow revenue with Acme to 200 000 EUR")
        .unit("EUR")
        .baseline(100_000, LocalDate.of(2026, 1, 1))
        .target(200_000)
        .due(LocalDate.of(2026, 12, 31))
        .reading(120_000, LocalDate.of(2026, 3, 31));
  }

  private static Standing standingOn(Goal goal, List<Goal> milestones, LocalDate date) {
    return Standing.of(goal, milestones, date, HealthTolerance.DEFAULT);
  }

  @Nested
  @DisplayName("a standing names what a reader of it alone needs")
  class WhatItNames {

    @Test
    void itCarriesTheGoalsSummaryUnitAndAContinuousScale() {
      Standing standing = standingOn(revenue().build(), List.of(), LocalDate.of(2026, 6, 30));

      assertThat(standing.summary()).isEqualTo("Grow revenue with Acme to 200 000 EUR");
      assertThat(standing.unit()).isEqualTo("EUR");
      assertThat(standing.scale()).isEqualTo(MetricScale.CONTINUOUS);
      assertThat(standing.direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void aFloorsStandingSaysItIsAKeepGoalSoItsMissingProgressIsNotAMissingReading() {
      Goal retention = revenue().direction(Direction.KEEP_AT_LEAST).target(90_000).build();

      Standing standing = standingOn(retention, List.of(), LocalDate.of(2026, 6, 30));

      assertThat(standing.direction()).isEqualTo(Direction.KEEP_AT_LEAST);
      assertThat(standing.progress()).isNull();
    }

    @Test
    void aWholeNumberGoalsStandingSaysItsPlanMovesInSteps() {
      Goal contract =
          aBusinessGoal()
              .summary("Win the framework contract for Bremen")
              .unit("contracts")
              .wholeNumbers()
              .baseline(0, LocalDate.of(2026, 4, 1))
              .target(1)
              .due(LocalDate.of(2026, 12, 10))
              .build();

      assertThat(standingOn(contract, List.of(), LocalDate.of(2026, 11, 18)).scale())
          .isEqualTo(MetricScale.WHOLE_NUMBERS);
    }
  }

  @Nested
  @DisplayName("the planned value on a day")
  class PlannedValue {

    @Test
    void beforeTheBaselineDayThePlanIsTheBaseline() {
      assertThat(standingOn(revenue().build(), List.of(), LocalDate.of(2025, 12, 15)).planned())
          .isEqualTo(100_000);
    }

    @Test
    void afterTheDueDateThePlanIsTheTarget() {
      assertThat(standingOn(revenue().build(), List.of(), LocalDate.of(2027, 1, 15)).planned())
          .isEqualTo(200_000);
    }

    @Test
    void onAMilestonesDayThePlanIsTheMilestonesValueNotTheStraightLine() {
      List<Goal> june =
          List.of(aMilestone().target(160_000).due(LocalDate.of(2026, 6, 30)).build());

      assertThat(standingOn(revenue().build(), june, LocalDate.of(2026, 6, 30)).planned())
          .isEqualTo(160_000);
    }

    @Test
    void betweenTwoMilestonesAWholeNumberPlanHoldsTheEarlierOnesValue() {
      Goal products =
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
      List<Goal> milestones =
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
                  .build());

      assertThat(standingOn(products, milestones, LocalDate.of(2026, 12, 15)).planned())
          .isEqualTo(3);
    }

    @Test
    void aGoalDueOnItsBaselineDayIsPlannedAtItsTarget() {
      Goal sameDay =
          revenue()
              .baseline(100_000, LocalDate.of(2026, 6, 1))
              .due(LocalDate.of(2026, 6, 1))
              .reading(150_000, LocalDate.of(2026, 6, 1))
              .build();

      assertThat(standingOn(sameDay, List.of(), LocalDate.of(2026, 6, 1)).planned())
          .isEqualTo(200_000);
    }
  }

  @Nested
  @DisplayName("the points that shape it")
  class Points {

    @Test
    void onlyPointsStrictlyBetweenTheStartAndTheDueDateShapeThePlan() {
      Goal goal = revenue().build();
      MilestonePoints handed =
          new MilestonePoints(
              List.of(
                  new MilestonePoint(IssueKey.of("ACME-11"), LocalDate.of(2025, 12, 1), 95_000),
                  new MilestonePoint(IssueKey.of("ACME-12"), LocalDate.of(2026, 1, 1), 105_000),
                  new MilestonePoint(IssueKey.of("ACME-13"), LocalDate.of(2026, 6, 30), 150_000),
                  new MilestonePoint(IssueKey.of("ACME-14"), LocalDate.of(2026, 12, 31), 190_000)),
              List.of());

      assertThat(Trajectory.original(goal, handed).orElseThrow().points())
          .containsExactly(
              Reading.of(100_000, LocalDate.of(2026, 1, 1)),
              Reading.of(150_000, LocalDate.of(2026, 6, 30)),
              Reading.of(200_000, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aGoalDueOnItsBaselineDayALittleShortOnTheDayIsWatch() {
      Goal sameDay =
          revenue()
              .baseline(100_000, LocalDate.of(2026, 6, 1))
              .due(LocalDate.of(2026, 6, 1))
              .reading(190_000, LocalDate.of(2026, 6, 1))
              .build();

      assertThat(standingOn(sameDay, List.of(), LocalDate.of(2026, 6, 1)).health())
          .isEqualTo(Health.WATCH);
    }
  }

  @Nested
  @DisplayName("after a change of the target")
  class AfterAChangeOfTheTarget {

    @Test
    void aChangeAfterTheDueDateRedrawsThePlanFromTheStartToTheNewTarget() {
      Goal corrected =
          revenue()
              .targetChanged(LocalDate.of(2027, 1, 10), 180_000, "marco.rossi", "Typo in target")
              .build();

      assertThat(standingOn(corrected, List.of(), LocalDate.of(2027, 1, 15)).plan())
          .containsExactly(
              Reading.of(100_000, LocalDate.of(2026, 1, 1)),
              Reading.of(180_000, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aChangeOnTheBaselineDayStillStartsThePlanAtTheBaseline() {
      Goal corrected =
          revenue()
              .reading(95_000, LocalDate.of(2026, 1, 1))
              .targetChanged(LocalDate.of(2026, 1, 1), 180_000, "marco.rossi", "Typo in target")
              .build();

      assertThat(standingOn(corrected, List.of(), LocalDate.of(2026, 4, 1)).plan().get(0))
          .isEqualTo(Reading.of(100_000, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theRedrawnPlanRunsThroughTheMilestonesStillAhead() {
      Goal raised =
          revenue()
              .reading(155_000, LocalDate.of(2026, 8, 1))
              .targetChanged(LocalDate.of(2026, 8, 1), 220_000, "marco.rossi", "Big new contract")
              .build();
      List<Goal> milestones =
          List.of(
              aMilestone().key("ACME-11").target(150_000).due(LocalDate.of(2026, 6, 30)).build(),
              aMilestone().key("ACME-12").target(180_000).due(LocalDate.of(2026, 10, 31)).build());

      assertThat(standingOn(raised, milestones, LocalDate.of(2026, 8, 15)).plan())
          .containsExactly(
              Reading.of(155_000, LocalDate.of(2026, 8, 1)),
              Reading.of(180_000, LocalDate.of(2026, 10, 31)),
              Reading.of(220_000, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theStandingListsOnlyTheChangesMadeUpToItsDay() {
      Goal raisedTwice =
          revenue()
              .targetChanged(LocalDate.of(2026, 4, 1), 210_000, "marco.rossi", "New product line")
              .targetChanged(LocalDate.of(2026, 9, 1), 220_000, "marco.rossi", "Big new contract")
              .build();

      assertThat(standingOn(raisedTwice, List.of(), LocalDate.of(2026, 6, 1)).targetChanges())
          .extracting(c -> c.date())
          .containsExactly(LocalDate.of(2026, 4, 1));
    }
  }

  @Nested
  @DisplayName("without a plan")
  class WithoutAPlan {

    @Test
    void anIncreaseWithReadingsButNoBaselineIsNotMeasured() {
      Goal noBaseline = revenue().noBaseline().build();

      assertThat(standingOn(noBaseline, List.of(), LocalDate.of(2026, 6, 1)).health())
          .isEqualTo(Health.NOT_MEASURED);
    }

    @Test
    void theHealthAloneOfAGoalWithoutAReadingIsNotMeasured() {
      Goal unread = revenue().noReadings().build();

      assertThat(
              Standing.healthOf(
                  unread, List.of(), LocalDate.of(2026, 6, 1), HealthTolerance.DEFAULT))
          .isEqualTo(Health.NOT_MEASURED);
    }
  }
}
