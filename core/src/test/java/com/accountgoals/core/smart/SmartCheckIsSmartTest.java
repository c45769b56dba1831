package com.accountgoals.core.smart;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The quick yes/no the board asks of every goal, on one goal at a time: it builds no findings, so
 * each criterion that fails must still say no, and one that holds must not.
 */
@DisplayName("The quick SMART answer")
class SmartCheckIsSmartTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
  private static final SmartCheck CHECK = SmartCheck.withDefaults();
  private static final Goal VISION = aVision().build();

  private static boolean isSmart(Goal goal, Goal... others) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    byKey.put(VISION.key(), VISION);
    for (Goal other : others) {
      byKey.put(other.key(), other);
    }
    byKey.put(goal.key(), goal);
    return CHECK.isSmart(goal, byKey::get, false, TODAY);
  }

  @Nested
  @DisplayName("says no")
  class SaysNo {

    @Test
    void forABusinessGoalWithoutAUnit() {
      // Given "sell 25 % more of product A", 100 to 125, but nobody said of what
      Goal goal = aBusinessGoal().unit(null).reading(112, TODAY.minusDays(1)).build();

      assertThat(isSmart(goal)).isFalse();
    }

    @Test
    void forAnIncreaseWhoseTargetIsBelowItsStart() {
      // Given "increase the net promoter score" from 31 to 30
      Goal goal =
          aBusinessGoal()
              .unit("points")
              .direction(Direction.INCREASE)
              .baseline(31, LocalDate.of(2026, 1, 1))
              .target(30)
              .build();

      assertThat(isSmart(goal)).isFalse();
    }

    @Test
    void forAnIncreaseGoalThatHasNotMovedInHalfItsTime() {
      // Given 100 to 125 units in 2026, still at 100 at the end of June
      assertThat(isSmart(aBusinessGoal().reading(100, TODAY.minusDays(1)).build())).isFalse();
    }

    @Test
    void forAGoalWithoutADueDate() {
      assertThat(isSmart(aBusinessGoal().noDueDate().build())).isFalse();
    }

    @Test
    void forAMilestoneDueAfterTheBusinessGoalItSupports() {
      Goal business = aBusinessGoal().due(LocalDate.of(2026, 12, 31)).build();
      Goal milestone = aMilestone().due(LocalDate.of(2027, 2, 1)).build();

      assertThat(isSmart(milestone, business)).isFalse();
    }
  }

  @Nested
  @DisplayName("says yes")
  class SaysYes {

    @Test
    void forAWellFormedBusinessGoalOnItsLine() {
      assertThat(isSmart(aBusinessGoal().reading(112, TODAY.minusDays(1)).build())).isTrue();
    }

    @Test
    void forAWholeNumberGoalThatMovedLessThanOneStep() {
      // Given 2 to 12 new customers in 2026, half a customer further (a pilot counted as half)
      // after six months: no whole step yet, so no pace to judge by
      Goal goal =
          aBusinessGoal()
              .unit("customers")
              .wholeNumbers()
              .baseline(2, LocalDate.of(2026, 1, 1))
              .target(12)
              .reading(2.5, TODAY.minusDays(1))
              .build();

      assertThat(isSmart(goal)).isTrue();
    }
  }
}
