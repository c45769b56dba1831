package com.accountgoals.core.plan;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.quarter.DateWindow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollingPlanTest {

  private static final LocalDate END_OF_APRIL = LocalDate.of(2026, 4, 30);

  @Nested
  @DisplayName("the months it covers")
  class Months {

    @Test
    void atTheEndOfAprilThePlanCoversMayJuneAndJuly() {
      RollingPlan plan = RollingPlan.of(List.of(), END_OF_APRIL);

      assertThat(plan.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
      assertThat(plan.outline())
          .extracting(MonthOutline::month)
          .containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
      assertThat(plan.window())
          .isEqualTo(DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)));
    }

    @Test
    void earlyInAprilThePlanCoversTheSameMonths() {
      RollingPlan plan = RollingPlan.of(List.of(), LocalDate.of(2026, 4, 3));

      assertThat(plan.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void inNovemberThePlanRunsIntoTheNextYear() {
      RollingPlan plan = RollingPlan.of(List.of(), LocalDate.of(2026, 11, 20));

      assertThat(plan.outline())
          .extracting(MonthOutline::month)
          .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2));
    }
  }

  @Nested
  @DisplayName("the first month in detail")
  class FirstMonth {

    @Test
    void listsTheActionsDueInItByDueDate() {
      Action late = anAction().key("ACME-101").due(LocalDate.of(2026, 5, 20)).build();
      Action early = anAction().key("ACME-102").due(LocalDate.of(2026, 5, 4)).build();

      RollingPlan plan = RollingPlan.of(List.of(late, early), END_OF_APRIL);

      assertThat(plan.detail()).extracting(PlannedAction::action).containsExactly(early, late);
    }

    @Test
    void carriesOverOpenActionsFromBeforeTheWindowFirstAndFlagsThem() {
      Action may = anAction().key("ACME-101").due(LocalDate.of(2026, 5, 4)).build();
      Action forgotten = anAction().key("ACME-102").due(LocalDate.of(2026, 3, 10)).build();

      RollingPlan plan = RollingPlan.of(List.of(may, forgotten), END_OF_APRIL);

      assertThat(plan.detail())
          .containsExactly(new PlannedAction(forgotten, true), new PlannedAction(may, false));
      assertThat(plan.carriedOver()).isEqualTo(1);
    }

    @Test
    void leavesDoneActionsFromBeforeTheWindowOut() {
      Action finished = anAction().due(LocalDate.of(2026, 4, 10)).done().build();

      RollingPlan plan = RollingPlan.of(List.of(finished), END_OF_APRIL);

      assertThat(plan.detail()).isEmpty();
      assertThat(plan.carriedOver()).isZero();
    }

    @Test
    void showsAtMostTheLimitButCountsEverything() {
      List<Action> many =
          List.of(
              anAction().key("ACME-101").due(LocalDate.of(2026, 5, 1)).build(),
              anAction().key("ACME-102").due(LocalDate.of(2026, 5, 2)).build(),
              anAction().key("ACME-103").due(LocalDate.of(2026, 5, 3)).build());

      RollingPlan plan = RollingPlan.of(many, END_OF_APRIL, 2);

      assertThat(plan.detail()).hasSize(2);
      assertThat(plan.detailCount()).isEqualTo(3);
      assertThat(plan.isDetailTruncated()).isTrue();
    }
  }

  @Nested
  @DisplayName("the second and third month in outline")
  class Outline {

    @Test
    void countsActionsPerGoalAndPerPersonMostFirst() {
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

      MonthOutline outline = RollingPlan.of(june, END_OF_APRIL).outline().get(0);

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

      MonthOutline outline = RollingPlan.of(july, END_OF_APRIL).outline().get(1);

      assertThat(outline.perOwner())
          .containsExactly(new ActionCount("anna", 1), new ActionCount(null, 1));
    }

    @Test
    void leavesActionsAfterTheThirdMonthOut() {
      Action august = anAction().due(LocalDate.of(2026, 8, 1)).build();

      RollingPlan plan = RollingPlan.of(List.of(august), END_OF_APRIL);

      assertThat(plan.outline()).allSatisfy(m -> assertThat(m.actions()).isZero());
      assertThat(plan.detail()).isEmpty();
    }
  }

  @Test
  void countsOpenActionsWithoutDueDateApart() {
    Action someday = anAction().noDueDate().build();

    RollingPlan plan = RollingPlan.of(List.of(someday), END_OF_APRIL);

    assertThat(plan.undatedOpen()).isEqualTo(1);
    assertThat(plan.detail()).isEmpty();
  }
}
