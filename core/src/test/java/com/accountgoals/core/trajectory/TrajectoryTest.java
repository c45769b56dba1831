package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  /** DOMAIN.md: "5 products in use by end of next year", today 2. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static final Goal FIVE_PRODUCTS =
      aBusinessGoal()
          .key("ACME-3")
          .summary("5 products in use by the end of next year")
          .unit("products")
          .baseline(2, TODAY)
          .target(5)
          .due(LocalDate.of(2027, 12, 31))
          .build();

  private static final List<Goal> MILESTONES =
      List.of(
          milestone("ACME-4", 3, LocalDate.of(2026, 10, 31)),
          milestone("ACME-5", 4, LocalDate.of(2027, 3, 31)),
          milestone("ACME-6", 5, LocalDate.of(2027, 9, 30)));

  private static Goal milestone(String key, double target, LocalDate due) {
    return aMilestone()
        .key(key)
        .supports("ACME-3")
        .unit("products")
        .target(target)
        .due(due)
        .build();
  }

  private static Trajectory fiveProducts() {
    return Trajectory.of(FIVE_PRODUCTS, MILESTONES).orElseThrow();
  }

  @Nested
  @DisplayName("the planned value of 2 products today, 3 by October, 4 by March, 5 by September")
  class FiveProducts {

    @Test
    void isTheBaselineToday() {
      assertThat(fiveProducts().plannedOn(TODAY)).isEqualTo(2);
    }

    @Test
    void isEachMilestoneValueOnItsDueDate() {
      Trajectory trajectory = fiveProducts();

      assertThat(trajectory.plannedOn(LocalDate.of(2026, 10, 31))).isEqualTo(3);
      assertThat(trajectory.plannedOn(LocalDate.of(2027, 3, 31))).isEqualTo(4);
      assertThat(trajectory.plannedOn(LocalDate.of(2027, 9, 30))).isEqualTo(5);
    }

    @Test
    void liesOnTheStraightLineBetweenTwoMilestones() {
      // 31 October to 31 March is 151 days; 15 January is 76 days in.
      double planned = fiveProducts().plannedOn(LocalDate.of(2027, 1, 15));

      assertThat(planned).isCloseTo(3 + 76.0 / 151, within(1e-9));
    }

    @Test
    void holdsTheTargetAfterTheLastMilestoneAndAfterTheDueDate() {
      assertThat(fiveProducts().plannedOn(LocalDate.of(2027, 11, 1))).isEqualTo(5);
      assertThat(fiveProducts().plannedOn(LocalDate.of(2030, 1, 1))).isEqualTo(5);
    }

    @Test
    void holdsTheBaselineBeforeTheBaselineDate() {
      assertThat(fiveProducts().plannedOn(LocalDate.of(2020, 1, 1))).isEqualTo(2);
    }

    @Test
    void runsThroughBaselineMilestonesAndTargetInDateOrder() {
      assertThat(fiveProducts().points())
          .extracting(Reading::value)
          .containsExactly(2.0, 3.0, 4.0, 5.0, 5.0);
    }
  }

  @Nested
  @DisplayName("which milestones shape it")
  class ShapingMilestones {

    @Test
    void milestonesGivenInAnyOrderMakeTheSameLine() {
      List<Goal> reversed = new ArrayList<>(MILESTONES);
      Collections.reverse(reversed);

      Trajectory trajectory = Trajectory.of(FIVE_PRODUCTS, reversed).orElseThrow();

      assertThat(trajectory.points()).isEqualTo(fiveProducts().points());
    }

    @Test
    void aMilestoneAfterTheGoalsDueDateIsLeftOut() {
      Goal late = milestone("ACME-7", 9, LocalDate.of(2028, 6, 30));

      Trajectory trajectory = Trajectory.of(FIVE_PRODUCTS, List.of(late)).orElseThrow();

      assertThat(trajectory.points()).extracting(Reading::value).containsExactly(2.0, 5.0);
    }

    @Test
    void aMilestoneWithoutTargetIsLeftOut() {
      Goal vague = aMilestone().key("ACME-8").noTarget().due(LocalDate.of(2026, 9, 1)).build();

      Trajectory trajectory = Trajectory.of(FIVE_PRODUCTS, List.of(vague)).orElseThrow();

      assertThat(trajectory.points()).hasSize(2);
    }

    @Test
    void ofTwoMilestonesOnOneDayTheFirstGivenWins() {
      Goal first = milestone("ACME-7", 3, LocalDate.of(2026, 10, 31));
      Goal second = milestone("ACME-8", 4, LocalDate.of(2026, 10, 31));

      Trajectory trajectory = Trajectory.of(FIVE_PRODUCTS, List.of(first, second)).orElseThrow();

      assertThat(trajectory.plannedOn(LocalDate.of(2026, 10, 31))).isEqualTo(3);
    }

    @Test
    void thereIsNoneWithoutABaseline() {
      Goal noBaseline = aBusinessGoal().noBaseline().build();

      assertThat(Trajectory.of(noBaseline, List.of())).isEmpty();
    }

    @Test
    void thereIsNoneWithoutADueDate() {
      Goal undated = aBusinessGoal().noDueDate().build();

      assertThat(Trajectory.of(undated, List.of())).isEmpty();
    }

    @Test
    void aBaselineOnTheDueDateLeavesTheTargetThroughout() {
      Goal rushed = aBusinessGoal().baseline(100, TODAY).target(125).due(TODAY).build();

      Trajectory trajectory = Trajectory.of(rushed, List.of()).orElseThrow();

      assertThat(trajectory.plannedOn(TODAY.minusDays(10))).isEqualTo(125);
    }
  }
}
