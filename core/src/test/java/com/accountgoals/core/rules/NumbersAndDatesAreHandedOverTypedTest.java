package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.board;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.smart.SmartFinding;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Core hands over numbers and dates, never text it formatted itself")
class NumbersAndDatesAreHandedOverTypedTest {

  private final QbrBoard board =
      board(
          aVision().build(),
          aBusinessGoal()
              .key("ACME-3")
              .summary("Grow revenue with Acme to 60 000 EUR")
              .unit("EUR")
              .baseline(40_000, LocalDate.of(2026, 1, 1))
              .target(60_000)
              .due(LocalDate.of(2026, 12, 31))
              .reading(40_000, LocalDate.of(2026, 6, 30))
              .build(),
          aMilestone()
              .key("ACME-4")
              .supports("ACME-3")
              .target(47_843.27)
              .due(LocalDate.of(2026, 6, 30))
              .build(),
          aMilestone()
              .key("ACME-5")
              .supports("ACME-3")
              .target(45_000)
              .due(LocalDate.of(2026, 9, 30))
              .build());

  @Test
  void aMilestoneFindingCarriesTheAmountWithItsUnitNotEnglishText() {
    assertThat(board.findings().milestones().shown().get(0).arguments())
        .containsExactly(
            Argument.key(IssueKey.of("ACME-5")),
            Argument.amount(45_000, "EUR"),
            Argument.amount(47_843.27, "EUR"));
  }

  @Test
  void aSmartFindingCarriesItsPaceAsADifferenceInTheGoalsUnit() {
    SmartFinding noProgress =
        board.findings().notSmart().shown().stream()
            .flatMap(a -> a.findings().stream())
            .filter(f -> f.messageKey().equals("account-goals.smart.achievable.no-progress-yet"))
            .findFirst()
            .orElseThrow();

    assertThat(noProgress.arguments())
        .first()
        .isInstanceOfSatisfying(
            Argument.Difference.class, pace -> assertThat(pace.unit()).isEqualTo("EUR"));
  }
}
