package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.MonthOutline;
import com.accountgoals.core.plan.PlannedAction;
import com.accountgoals.core.plan.RollingPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rolling plan starts with the current month")
class TheRollingPlanStartsWithTheCurrentMonthTest {

  private final RollingPlan may =
      boardOn(
              LocalDate.of(2026, 5, 15),
              List.of(),
              List.of(
                  anAction()
                      .key("ACME-101")
                      .summary("Send the revised payment terms")
                      .due(LocalDate.of(2026, 5, 4))
                      .build(),
                  anAction()
                      .key("ACME-102")
                      .summary("Present product C to the plant managers")
                      .due(LocalDate.of(2026, 5, 28))
                      .build(),
                  anAction()
                      .key("ACME-103")
                      .summary("Introduce our service manager")
                      .due(LocalDate.of(2026, 6, 10))
                      .build(),
                  anAction()
                      .key("ACME-104")
                      .summary("Gather news on the finance director")
                      .due(LocalDate.of(2026, 7, 20))
                      .build(),
                  anAction()
                      .key("ACME-105")
                      .summary("Prepare the QBR")
                      .due(LocalDate.of(2026, 8, 5))
                      .build(),
                  anAction()
                      .key("ACME-106")
                      .summary("Kick-off with purchasing")
                      .due(LocalDate.of(2026, 4, 20))
                      .done()
                      .build()))
          .plan();

  @Test
  void duringMayTheDetailIsMayAndTheOutlineJuneAndJuly() {
    assertThat(may.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
    assertThat(may.outline())
        .extracting(MonthOutline::month)
        .containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
  }

  @Test
  void onlyWorkPastItsDateAndStillOpenIsCarriedOver() {
    assertThat(may.detail())
        .extracting(p -> p.action().key(), PlannedAction::carriedOver)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("ACME-101"), true),
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("ACME-102"), false));
  }

  @Test
  void actionsAfterTheThirdMonthAreNotShown() {
    assertThat(may.outline()).flatExtracting(MonthOutline::actions).containsExactly(1, 1);
  }
}
