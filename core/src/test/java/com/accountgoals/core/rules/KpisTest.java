package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.board;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.qbr.Kpi;
import com.accountgoals.core.qbr.KpiChange;
import com.accountgoals.core.qbr.QbrBoard;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KPIs are goals the team marks, each read in its own direction")
class KpisTest {

  private final QbrBoard board =
      board(
          aVision().build(),
          aBusinessGoal()
              .key("ACME-9")
              .summary("Qualified leads from Acme per quarter")
              .category(GoalCategory.ACTIVITY_BASED)
              .kpi()
              .unit("leads")
              .reading(31, LocalDate.of(2026, 9, 30))
              .reading(38, LocalDate.of(2026, 11, 10))
              .build(),
          aBusinessGoal()
              .key("ACME-10")
              .summary("Average days from offer to order")
              .category(GoalCategory.PROFITABILITY)
              .kpi()
              .unit("days")
              .direction(Direction.DECREASE)
              .baseline(40, LocalDate.of(2026, 1, 1))
              .target(30)
              .reading(33, LocalDate.of(2026, 9, 15))
              .reading(36, LocalDate.of(2026, 10, 31))
              .build(),
          aBusinessGoal()
              .key("ACME-11")
              .summary("Average deal size with Acme")
              .category(GoalCategory.REVENUE)
              .kpi()
              .unit("EUR")
              .reading(47_843.27, LocalDate.of(2026, 11, 2))
              .build(),
          aBusinessGoal()
              .key("ACME-12")
              .summary("Conversion rate of qualified leads")
              .category(GoalCategory.NEW_BUSINESS)
              .kpi()
              .unit("%")
              .reading(21, LocalDate.of(2026, 8, 31))
              .build(),
          aBusinessGoal().key("ACME-13").summary("Not a KPI: products sold").build());

  private Kpi kpi(String key) {
    return board.kpis().shown().stream()
        .filter(k -> k.goal().equals(IssueKey.of(key)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aKpiIsAGoalTheTeamMarkedInAnyCategory() {
    assertThat(board.kpis().shown())
        .extracting(Kpi::goal)
        .containsExactly(
            IssueKey.of("ACME-9"),
            IssueKey.of("ACME-10"),
            IssueKey.of("ACME-11"),
            IssueKey.of("ACME-12"));
  }

  @Test
  void moreLeadsThanLastQuarterIsBetter() {
    assertThat(kpi("ACME-9").change()).isEqualTo(KpiChange.BETTER);
    assertThat(kpi("ACME-9").difference()).isEqualTo(7);
  }

  @Test
  void moreDaysFromOfferToOrderIsWorse() {
    assertThat(kpi("ACME-10").change()).isEqualTo(KpiChange.WORSE);
  }

  @Test
  void aKpiWithoutAnEarlierValueIsNewNotBetter() {
    assertThat(kpi("ACME-11").change()).isEqualTo(KpiChange.NEW);
  }

  @Test
  void aKpiWithNoValueThisQuarterIsShownAsNotMeasured() {
    assertThat(kpi("ACME-12").change()).isEqualTo(KpiChange.NOT_MEASURED);
    assertThat(kpi("ACME-12").value()).isNull();
    assertThat(kpi("ACME-12").previousValue()).isEqualTo(21);
  }
}
