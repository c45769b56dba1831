package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.rules.Boards.boardOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cumulative goals start from zero at the start of their period")
class CumulativeGoalsTest {

  private final Goal dealsThisQuarter =
      aBusinessGoal()
          .summary("Close 12 deals with Acme this quarter")
          .unit("deals")
          .wholeNumbers()
          .cumulative()
          .noDirection()
          .baseline(
              31, LocalDate.of(2026, 10, 1)) // last quarter's total; not where this one starts
          .target(12)
          .due(LocalDate.of(2026, 12, 31))
          .reading(5, LocalDate.of(2026, 11, 15))
          .build();

  @Test
  void theProgressOfDealsSoFarIsCountedFromZero() {
    Standing standing =
        boardOn(LocalDate.of(2026, 11, 18), List.of(dealsThisQuarter))
            .health()
            .standings()
            .shown()
            .get(0);

    assertThat(standing.progress().percent())
        .isCloseTo(100 * 5 / 12.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(standing.plan().get(0).value()).isZero();
    assertThat(standing.plan().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void itsSuggestedDirectionIsReadFromZeroNotFromLastPeriodsTotal() {
    assertThat(dealsThisQuarter.metric().direction())
        .isEqualTo(com.accountgoals.core.goal.Direction.INCREASE);
  }
}
