package com.accountgoals.core.goal;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GoalTest {

  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

  @Nested
  @DisplayName("a goal as a value")
  class AsValue {

    @Test
    void belongsToTheProjectOfItsKey() {
      Goal goal = aBusinessGoal().key("ACME_EU-7").build();

      assertThat(goal.project()).isEqualTo(ProjectKey.of("ACME_EU"));
    }

    @Test
    void trimsItsSummaryAndOwner() {
      Goal goal = aBusinessGoal().summary("  Keep 90 % retention  ").owner(" marco ").build();

      assertThat(goal.summary()).isEqualTo("Keep 90 % retention");
      assertThat(goal.owner()).isEqualTo("marco");
    }

    @Test
    void treatsABlankOwnerAsATeamGoal() {
      Goal goal = aBusinessGoal().owner("  ").build();

      assertThat(goal.hasOwner()).isFalse();
    }

    @Test
    void refusesABlankSummaryWithAKey() {
      assertThatThrownBy(() -> aBusinessGoal().summary(" ").build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.goal.error.summary-blank"));
    }

    @Test
    void refusesToSupportItself() {
      assertThatThrownBy(() -> aBusinessGoal().key("ACME-5").supports("ACME-5").build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e ->
                  assertThat(e.messageKey()).isEqualTo("account-goals.goal.error.supports-itself"));
    }

    @Test
    void isDueWithinAQuarterWhenItsDueDateIsOneOfItsDays() {
      Goal goal = aBusinessGoal().due(LocalDate.of(2026, 10, 1)).build();

      assertThat(goal.isDueWithin(FiscalCalendar.CALENDAR_YEAR.parse("2026-Q4").days())).isTrue();
      assertThat(goal.isDueWithin(FiscalCalendar.CALENDAR_YEAR.parse("2026-Q3").days())).isFalse();
    }

    @Test
    void isDueWithinNoWindowWithoutADueDate() {
      Goal goal = aBusinessGoal().noDueDate().build();

      assertThat(goal.isDueWithin(FiscalCalendar.CALENDAR_YEAR.parse("2026-Q4").days())).isFalse();
    }

    @Test
    void isDueBetweenTwoDaysWhenItsDueDateIsOneOfThem() {
      Goal goal = aBusinessGoal().due(LocalDate.of(2026, 12, 31)).build();

      assertThat(goal.isDueBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))).isTrue();
      assertThat(goal.isDueBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))).isFalse();
    }
  }

  @Nested
  @DisplayName("the outcome on a day")
  class OutcomeOnADay {

    @Test
    void isMetWhenTheActualReachedTheTargetEvenBeforeTheTeamClosedIt() {
      Goal goal = aBusinessGoal().target(125).actual(130).build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.MET);
    }

    @Test
    void isMetWhenTheTeamClosedItAndNoMeasuredValueSaysOtherwise() {
      Goal goal = aBusinessGoal().noActual().done().build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.MET);
    }

    @Test
    void isMissedWhenTheTeamClosedItShortOfTheTarget() {
      Goal goal = aBusinessGoal().target(125).actual(118).done().build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.MISSED);
    }

    @Test
    void isOverdueWhenTheDueDatePassedAndTheGoalIsStillOpen() {
      Goal goal = aBusinessGoal().due(LocalDate.of(2026, 10, 31)).actual(110).build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.OVERDUE);
    }

    @Test
    void isUpcomingOnItsDueDate() {
      Goal goal = aBusinessGoal().due(NOV_15).actual(110).build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.UPCOMING);
    }

    @Test
    void isUndatedForAnOpenGoalWithoutDueDate() {
      Goal vision = aVision().build();

      assertThat(vision.outcomeOn(NOV_15)).isEqualTo(Outcome.UNDATED);
    }

    @Test
    void isMetForALessIsBetterGoalThatWentBelowItsTarget() {
      Goal goal =
          aBusinessGoal()
              .unit("days")
              .baseline(60, LocalDate.of(2026, 4, 1))
              .target(45)
              .actual(44)
              .build();

      assertThat(goal.outcomeOn(NOV_15)).isEqualTo(Outcome.MET);
    }

    @Test
    void isMetForAMilestoneReadInItsBusinessGoalsDirection() {
      // "55 days to pay by mid-November" has no baseline of its own; its goal is less-is-better
      Goal milestone = aMilestone().unit("days").target(55).actual(54).build();

      assertThat(milestone.outcomeOn(NOV_15, Direction.LESS_IS_BETTER)).isEqualTo(Outcome.MET);
      assertThat(milestone.outcomeOn(NOV_15, Direction.MORE_IS_BETTER)).isNotEqualTo(Outcome.MET);
    }

    @Test
    void isDecidedByTheStatusWhenTheDirectionIsUnknown() {
      Goal milestone = aMilestone().target(55).actual(54).done().build();

      assertThat(milestone.outcomeOn(NOV_15)).isEqualTo(Outcome.MET);
    }

    @Test
    void carriesAMessageKeyForItsName() {
      assertThat(Outcome.OVERDUE.messageKey()).isEqualTo("account-goals.goal.outcome.overdue");
    }
  }
}
