package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Goal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Progress towards the target")
class ProgressTest {

  private static final LocalDate NOV_18 = LocalDate.of(2026, 11, 18);

  private static GoalBuilder revenue() {
    return aBusinessGoal()
        .summary("Grow revenue with Acme to 200 000 EUR")
        .unit("EUR")
        .baseline(100_000, LocalDate.of(2026, 1, 1))
        .target(200_000)
        .due(LocalDate.of(2026, 12, 31));
  }

  @Test
  void halfTheWayIsFiftyPercent() {
    Goal goal = revenue().reading(150_000, LocalDate.of(2026, 11, 1)).build();

    assertThat(Progress.of(goal.metric(), NOV_18)).contains(new Progress(50, 50));
  }

  @Test
  void anOvershootKeepsItsShareAboveAHundredBesideTheFullBar() {
    Goal goal = revenue().reading(220_000, LocalDate.of(2026, 11, 1)).build();

    assertThat(Progress.of(goal.metric(), NOV_18)).contains(new Progress(100, 120));
  }

  @Test
  void aCumulativeGoalWithoutABaselineCountsFromZero() {
    Goal deals =
        aBusinessGoal()
            .summary("Close 20 deals with Acme this quarter")
            .unit("deals")
            .cumulative()
            .noBaseline()
            .target(20)
            .reading(5, LocalDate.of(2026, 11, 1))
            .build();

    assertThat(Progress.of(deals.metric(), NOV_18)).contains(new Progress(25, 25));
  }

  @Test
  void aLevelGoalWithoutABaselineHasNoWayToMeasure() {
    Goal goal = revenue().noBaseline().reading(150_000, LocalDate.of(2026, 11, 1)).build();

    assertThat(Progress.of(goal.metric(), NOV_18)).isEmpty();
  }
}
