package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.Standings.standing;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName(
    "A whole-number standing tells its next step, whether it is at its plan, and its target")
class StandingStepsTest {

  private static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

  /** 2 products on 1 June, 3 by the end of October, 5 by the end of next year. */
  private static final List<Reading> PRODUCTS =
      List.of(
          Reading.of(2, LocalDate.of(2026, 6, 1)),
          Reading.of(3, LocalDate.of(2026, 10, 31)),
          Reading.of(5, LocalDate.of(2027, 12, 31)));

  private static Standing products(double actual) {
    return standing(MetricScale.WHOLE_NUMBERS, Direction.INCREASE, NOV_16, 3.0, actual, PRODUCTS);
  }

  @Nested
  class TheNextStep {

    @Test
    void isTheFirstPointAheadTheValueDoesNotReach() {
      assertThat(products(3).nextStep()).contains(PRODUCTS.get(2));
      assertThat(products(4).nextStep()).contains(PRODUCTS.get(2));
    }

    @Test
    void countsAPointDueTodayAsAhead() {
      Standing dueToday =
          standing(
              MetricScale.WHOLE_NUMBERS,
              Direction.INCREASE,
              LocalDate.of(2026, 10, 31),
              2.0,
              2.0,
              PRODUCTS);

      assertThat(dueToday.nextStep()).contains(PRODUCTS.get(1));
    }

    @Test
    void readsAGoalTowardsLessTheOtherWay() {
      List<Reading> complaints =
          List.of(
              Reading.of(10, LocalDate.of(2026, 6, 1)),
              Reading.of(7, LocalDate.of(2026, 10, 31)),
              Reading.of(4, LocalDate.of(2027, 6, 30)));
      Standing atSeven =
          standing(MetricScale.WHOLE_NUMBERS, Direction.DECREASE, NOV_16, 7.0, 7.0, complaints);

      assertThat(atSeven.nextStep()).contains(complaints.get(2));
      assertThat(atSeven.isAtPlan()).isTrue();
    }

    @Test
    void isNoneForAContinuousGoalAnUnreadableOneAndOneAtItsTarget() {
      assertThat(
              standing(MetricScale.CONTINUOUS, Direction.INCREASE, NOV_16, 3.0, 3.0, PRODUCTS)
                  .nextStep())
          .isEmpty();
      assertThat(standing(MetricScale.WHOLE_NUMBERS, null, NOV_16, 3.0, 3.0, PRODUCTS).nextStep())
          .isEmpty();
      assertThat(
              standing(MetricScale.WHOLE_NUMBERS, Direction.INCREASE, NOV_16, 3.0, null, PRODUCTS)
                  .nextStep())
          .isEmpty();
      assertThat(products(5).nextStep()).isEmpty();
    }
  }

  @Nested
  class AtItsPlan {

    @Test
    void whenTheValueReachesThePlansValueForTheDay() {
      assertThat(products(3).isAtPlan()).isTrue();
      assertThat(products(2).isAtPlan()).as("short of the plan: the step it missed").isFalse();
    }

    @Test
    void neverWithoutAPlanADirectionOrAReading() {
      assertThat(
              standing(MetricScale.WHOLE_NUMBERS, Direction.INCREASE, NOV_16, null, 3.0, PRODUCTS)
                  .isAtPlan())
          .isFalse();
      assertThat(standing(MetricScale.WHOLE_NUMBERS, null, NOV_16, 3.0, 3.0, PRODUCTS).isAtPlan())
          .isFalse();
      assertThat(
              standing(MetricScale.WHOLE_NUMBERS, Direction.INCREASE, NOV_16, 3.0, null, PRODUCTS)
                  .isAtPlan())
          .isFalse();
    }
  }

  @Nested
  class ItsTarget {

    @Test
    void isReachedAtOrBeyondThePlansLastPointDueOrNot() {
      assertThat(products(5).reachesTarget()).isTrue();
      assertThat(products(6).reachesTarget()).isTrue();
      assertThat(products(4).reachesTarget()).isFalse();
    }

    @Test
    void isNotJudgedForAContinuousGoalOrWithoutAPlan() {
      assertThat(
              standing(MetricScale.CONTINUOUS, Direction.INCREASE, NOV_16, 3.0, 5.0, PRODUCTS)
                  .reachesTarget())
          .isFalse();
      assertThat(
              standing(MetricScale.WHOLE_NUMBERS, Direction.INCREASE, NOV_16, null, 5.0, List.of())
                  .reachesTarget())
          .isFalse();
      assertThat(
              standing(MetricScale.WHOLE_NUMBERS, null, NOV_16, 3.0, 5.0, PRODUCTS).reachesTarget())
          .isFalse();
    }
  }
}
