package com.accountgoals.core.plan;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.quarter.DateWindow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The rolling plan")
class RollingPlanTest {

  /** A Thursday in the middle of May. */
  private static final LocalDate MID_MAY = LocalDate.of(2026, 5, 14);

  @Nested
  @DisplayName("starts with the current month")
  class Months {

    @Test
    void duringMayTheDetailIsMayAndTheOutlineJuneAndJuly() {
      // When
      RollingPlan plan = RollingPlan.of(List.of(), MID_MAY);

      // Then
      assertThat(plan.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
      assertThat(plan.outline())
          .extracting(MonthOutline::month)
          .containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
    }

    @Test
    void onTheFirstDayOfAMonthThePlanStartsWithThatMonth() {
      RollingPlan plan = RollingPlan.of(List.of(), LocalDate.of(2026, 5, 1));

      assertThat(plan.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void onTheLastDayOfAMonthThePlanStillStartsWithThatMonth() {
      RollingPlan plan = RollingPlan.of(List.of(), LocalDate.of(2026, 4, 30));

      assertThat(plan.firstMonth()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void inNovemberTheOutlineRunsIntoTheNextYear() {
      RollingPlan plan = RollingPlan.of(List.of(), LocalDate.of(2026, 11, 20));

      assertThat(plan.outline())
          .extracting(MonthOutline::month)
          .containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    }

    @Test
    void theWindowRunsFromTheFirstOfTheCurrentMonthToTheLastOfTheThird() {
      DateWindow mayToJuly = DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));

      assertThat(RollingPlan.windowFor(MID_MAY)).isEqualTo(mayToJuly);
      assertThat(RollingPlan.of(List.of(), MID_MAY).window()).isEqualTo(mayToJuly);
    }
  }

  @Nested
  @DisplayName("shows the current month in detail")
  class CurrentMonth {

    @Test
    void listsTheCurrentMonthsActionsByDueDate() {
      // Given
      Action presentation =
          anAction()
              .key("ACME-101")
              .summary("Present product C to the plant managers")
              .due(LocalDate.of(2026, 5, 28))
              .build();
      Action offer =
          anAction()
              .key("ACME-102")
              .summary("Send the revised framework offer")
              .due(LocalDate.of(2026, 5, 19))
              .build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(presentation, offer), MID_MAY);

      // Then
      assertThat(plan.detail())
          .containsExactly(new PlannedAction(offer, false), new PlannedAction(presentation, false));
    }

    @Test
    void actionsDueOnTheSameDayAreOrderedByKey() {
      Action acme9 = anAction().key("ACME-9").due(LocalDate.of(2026, 5, 20)).build();
      Action acme10 = anAction().key("ACME-10").due(LocalDate.of(2026, 5, 20)).build();

      RollingPlan plan = RollingPlan.of(List.of(acme10, acme9), MID_MAY);

      assertThat(plan.detail()).extracting(PlannedAction::action).containsExactly(acme9, acme10);
    }

    @Test
    void showsTheDoneActionsOfTheCurrentMonthSoTheQbrSeesWhatWasDone() {
      // Given
      Action visit =
          anAction()
              .summary("Visit the Linz plant with their quality manager")
              .due(LocalDate.of(2026, 5, 6))
              .done()
              .build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(visit), MID_MAY);

      // Then
      assertThat(plan.detail()).containsExactly(new PlannedAction(visit, false));
    }

    @Test
    void anActionDueEarlierThisMonthAndStillOpenIsCarriedOver() {
      // Given
      Action forecast =
          anAction()
              .summary("Gather the plant's volume forecast for next year")
              .due(LocalDate.of(2026, 5, 13))
              .build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(forecast), MID_MAY);

      // Then
      assertThat(plan.detail()).containsExactly(new PlannedAction(forecast, true));
      assertThat(plan.carriedOver()).isEqualTo(1);
    }

    @Test
    void anActionDueTodayIsNotCarriedOver() {
      Action call = anAction().summary("Call their new finance director").due(MID_MAY).build();

      RollingPlan plan = RollingPlan.of(List.of(call), MID_MAY);

      assertThat(plan.detail()).containsExactly(new PlannedAction(call, false));
      assertThat(plan.carriedOver()).isZero();
    }

    @Test
    void anActionDoneEarlierThisMonthIsShownButNotCarriedOver() {
      Action offer =
          anAction()
              .summary("Send the revised framework offer")
              .due(LocalDate.of(2026, 5, 4))
              .done()
              .build();

      RollingPlan plan = RollingPlan.of(List.of(offer), MID_MAY);

      assertThat(plan.detail()).containsExactly(new PlannedAction(offer, false));
    }
  }

  @Nested
  @DisplayName("carries over open actions whose due date has passed")
  class CarriedOver {

    @Test
    void anOpenActionFromLastMonthIsShownInTheCurrentMonthWithItsOriginalDate() {
      // Given
      LocalDate inApril = LocalDate.of(2026, 4, 22);
      Action introduction =
          anAction().summary("Introduce our service manager to their IT lead").due(inApril).build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(introduction), MID_MAY);

      // Then
      assertThat(plan.detail()).containsExactly(new PlannedAction(introduction, true));
      assertThat(plan.detail().get(0).action().dueDate()).isEqualTo(inApril);
    }

    @Test
    void aDoneActionFromLastMonthIsNotShown() {
      Action introduction =
          anAction()
              .summary("Introduce our service manager to their IT lead")
              .due(LocalDate.of(2026, 4, 22))
              .done()
              .build();

      RollingPlan plan = RollingPlan.of(List.of(introduction), MID_MAY);

      assertThat(plan.detail()).isEmpty();
      assertThat(plan.detailCount()).isZero();
    }

    @Test
    void carriedOverActionsComeBeforeTheCurrentMonthsOldestFirst() {
      // Given
      Action dueToday = anAction().key("ACME-101").due(MID_MAY).build();
      Action fromMarch = anAction().key("ACME-102").due(LocalDate.of(2026, 3, 10)).build();
      Action fromLastWeek = anAction().key("ACME-103").due(LocalDate.of(2026, 5, 7)).build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(dueToday, fromLastWeek, fromMarch), MID_MAY);

      // Then
      assertThat(plan.detail())
          .containsExactly(
              new PlannedAction(fromMarch, true),
              new PlannedAction(fromLastWeek, true),
              new PlannedAction(dueToday, false));
    }

    @Test
    void countsTheCarriedOverActionsWithinTheDetail() {
      List<Action> actions =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 2, 27)).build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 4, 30)).build(),
              anAction().key("ACME-103").due(LocalDate.of(2026, 5, 20)).build());

      RollingPlan plan = RollingPlan.of(actions, MID_MAY);

      assertThat(plan.carriedOver()).isEqualTo(2);
      assertThat(plan.detailCount()).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("shows the second and third month in outline")
  class Outline {

    @Test
    void countsActionsPerGoalAndPerPersonMostFirst() {
      // Given
      List<Action> june =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 6, 3)).assignee("anna").build(),
              anAction()
                  .key("ACME-102")
                  .due(LocalDate.of(2026, 6, 9))
                  .assignee("marco")
                  .supports("ACME-12")
                  .build(),
              anAction().key("ACME-103").due(LocalDate.of(2026, 6, 30)).assignee("marco").build());

      // When
      MonthOutline outline = RollingPlan.of(june, MID_MAY).outline().get(0);

      // Then
      assertThat(outline.actions()).isEqualTo(3);
      assertThat(outline.perOwner())
          .containsExactly(new ActionCount("marco", 2), new ActionCount("anna", 1));
      assertThat(outline.perGoal())
          .containsExactly(new ActionCount("ACME-10", 2), new ActionCount("ACME-12", 1));
    }

    @Test
    void countsUnassignedActionsUnderNobodyLast() {
      List<Action> july =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 7, 3)).assignee(null).build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 7, 4)).assignee("anna").build());

      MonthOutline outline = RollingPlan.of(july, MID_MAY).outline().get(1);

      assertThat(outline.perOwner())
          .containsExactly(new ActionCount("anna", 1), new ActionCount(null, 1));
    }

    @Test
    void countsHowManyOfTheMonthsActionsAreStillOpen() {
      List<Action> june =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 6, 3)).done().build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 6, 4)).build());

      MonthOutline outline = RollingPlan.of(june, MID_MAY).outline().get(0);

      assertThat(outline.actions()).isEqualTo(2);
      assertThat(outline.open()).isEqualTo(1);
    }

    @Test
    void countsTheOpenActionsNotTheDoneOnes() {
      // Given two of June's three actions still open
      List<Action> june =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 6, 3)).done().build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 6, 4)).build(),
              anAction().key("ACME-103").due(LocalDate.of(2026, 6, 5)).build());

      MonthOutline outline = RollingPlan.of(june, MID_MAY).outline().get(0);

      assertThat(outline.open()).isEqualTo(2);
    }

    @Test
    void actionsAfterTheThirdMonthAreNotShown() {
      // Given
      Action august =
          anAction()
              .summary("Prepare the annual review with their purchasing board")
              .due(LocalDate.of(2026, 8, 1))
              .build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(august), MID_MAY);

      // Then
      assertThat(plan.outline()).allSatisfy(month -> assertThat(month.actions()).isZero());
      assertThat(plan.detail()).isEmpty();
      assertThat(plan.undated()).isEmpty();
    }
  }

  @Nested
  @DisplayName("lists actions without a due date apart")
  class Undated {

    @Test
    void undatedActionsAreListedApart() {
      // Given
      Action contacts =
          anAction().summary("Develop more contacts in their engineering team").noDueDate().build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(contacts), MID_MAY);

      // Then
      assertThat(plan.undated()).containsExactly(contacts);
      assertThat(plan.undatedCount()).isEqualTo(1);
      assertThat(plan.detail()).isEmpty();
    }

    @Test
    void undatedActionsAreOrderedByKey() {
      Action acme10 = anAction().key("ACME-10").noDueDate().build();
      Action acme9 = anAction().key("ACME-9").noDueDate().build();

      RollingPlan plan = RollingPlan.of(List.of(acme10, acme9), MID_MAY);

      assertThat(plan.undated()).containsExactly(acme9, acme10);
    }

    @Test
    void aDoneActionWithoutADueDateIsNotListed() {
      Action done = anAction().noDueDate().done().build();

      RollingPlan plan = RollingPlan.of(List.of(done), MID_MAY);

      assertThat(plan.undated()).isEmpty();
      assertThat(plan.undatedCount()).isZero();
    }
  }

  @Nested
  @DisplayName("leaves dropped actions out")
  class Dropped {

    @Test
    void aDroppedActionIsNoWork() {
      // Given
      Action cancelled =
          anAction()
              .summary("Present product C to the plant managers")
              .due(LocalDate.of(2026, 5, 20))
              .dropped()
              .build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(cancelled), MID_MAY);

      // Then
      assertThat(plan.detail()).isEmpty();
      assertThat(plan.detailCount()).isZero();
    }

    @Test
    void aDroppedActionWhoseDueDatePassedIsNotCarriedOver() {
      Action wontDo = anAction().due(LocalDate.of(2026, 4, 8)).dropped().build();

      RollingPlan plan = RollingPlan.of(List.of(wontDo), MID_MAY);

      assertThat(plan.detail()).isEmpty();
      assertThat(plan.carriedOver()).isZero();
    }

    @Test
    void aDroppedActionIsNotCountedInTheOutline() {
      Action duplicate = anAction().due(LocalDate.of(2026, 6, 8)).dropped().build();

      RollingPlan plan = RollingPlan.of(List.of(duplicate), MID_MAY);

      assertThat(plan.outline().get(0).actions()).isZero();
      assertThat(plan.outline().get(0).perGoal()).isEmpty();
    }

    @Test
    void aDroppedActionWithoutADueDateIsNotListedApart() {
      Action cancelled = anAction().noDueDate().dropped().build();

      RollingPlan plan = RollingPlan.of(List.of(cancelled), MID_MAY);

      assertThat(plan.undated()).isEmpty();
      assertThat(plan.undatedCount()).isZero();
    }
  }

  @Nested
  @DisplayName("cuts its lists at the least important end")
  class Limits {

    @Test
    void theDetailKeepsTheCarriedOverActionsAndCutsTheLatestOfTheMonth() {
      // Given
      Action overdue = anAction().key("ACME-101").due(LocalDate.of(2026, 4, 2)).build();
      Action soon = anAction().key("ACME-102").due(LocalDate.of(2026, 5, 15)).build();
      Action late = anAction().key("ACME-103").due(LocalDate.of(2026, 5, 29)).build();

      // When
      RollingPlan plan = RollingPlan.of(List.of(late, soon, overdue), MID_MAY, 2);

      // Then
      assertThat(plan.detail())
          .containsExactly(new PlannedAction(overdue, true), new PlannedAction(soon, false));
    }

    @Test
    void aCutDetailStillCountsEveryAction() {
      List<Action> may =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 5, 18)).build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 5, 19)).build(),
              anAction().key("ACME-103").due(LocalDate.of(2026, 5, 20)).build());

      RollingPlan plan = RollingPlan.of(may, MID_MAY, 2);

      assertThat(plan.detail()).hasSize(2);
      assertThat(plan.detailCount()).isEqualTo(3);
      assertThat(plan.isDetailTruncated()).isTrue();
    }

    @Test
    void theUndatedListKeepsTheLowestKeysAndTheTotal() {
      Action acme7 = anAction().key("ACME-7").noDueDate().build();
      Action acme8 = anAction().key("ACME-8").noDueDate().build();
      Action acme12 = anAction().key("ACME-12").noDueDate().build();

      RollingPlan plan = RollingPlan.of(List.of(acme12, acme8, acme7), MID_MAY, 2);

      assertThat(plan.undated()).containsExactly(acme7, acme8);
      assertThat(plan.undatedCount()).isEqualTo(3);
      assertThat(plan.isUndatedTruncated()).isTrue();
    }

    @Test
    void aPlanWithinTheLimitIsNotCut() {
      Action one = anAction().due(LocalDate.of(2026, 5, 20)).build();

      RollingPlan plan = RollingPlan.of(List.of(one), MID_MAY, 1);

      assertThat(plan.isDetailTruncated()).isFalse();
      assertThat(plan.isUndatedTruncated()).isFalse();
    }

    @Test
    void refusesANegativeLimit() {
      assertThatThrownBy(() -> RollingPlan.of(List.of(), MID_MAY, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
