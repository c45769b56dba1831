package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Changing a target keeps its history; actual values are dated readings")
class ChangingATargetKeepsItsHistoryTest {

  /** Services revenue planned from 200 000 to 300 000 EUR in 2026, cut to 240 000 in July. */
  private final Goal services =
      aBusinessGoal()
          .key("ACME-7")
          .summary("Grow services revenue with Acme to 300 000 EUR")
          .unit("EUR")
          .baseline(200_000, LocalDate.of(2026, 1, 1))
          .target(300_000)
          .due(LocalDate.of(2026, 12, 31))
          .reading(215_000, LocalDate.of(2026, 3, 31))
          .reading(228_000, LocalDate.of(2026, 6, 30))
          .targetChanged(
              LocalDate.of(2026, 7, 1), 240_000, "marco.rossi", "Acme froze its IT budget")
          .reading(236_500.5, LocalDate.of(2026, 10, 31))
          .build();

  private Standing standingOn(LocalDate day) {
    return boardOn(day, List.of(aVision().build(), services)).health().standings().shown().get(0);
  }

  @Test
  void theChangeIsKeptWithOldAndNewValueWhoWhenAndWhy() {
    assertThat(standingOn(LocalDate.of(2026, 11, 18)).targetChanges())
        .containsExactly(
            new TargetChange(
                LocalDate.of(2026, 7, 1),
                300_000,
                240_000,
                "marco.rossi",
                "Acme froze its IT budget"));
  }

  @Test
  void aReplannedGoalCannotQuietlyTurnGreen() {
    Standing standing = standingOn(LocalDate.of(2026, 11, 18));

    assertThat(standing.health()).isEqualTo(Health.ON_TRACK);
    assertThat(standing.healthAgainstOriginal()).isEqualTo(Health.OFF_TRACK);
    assertThat(standing.originalPlan())
        .last()
        .isEqualTo(Reading.of(300_000, LocalDate.of(2026, 12, 31)));
  }

  @Test
  void theTrendIsTheDatedReadingsUpToTheDay() {
    assertThat(standingOn(LocalDate.of(2026, 9, 1)).readings())
        .extracting(Reading::date)
        .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));
  }
}
