package com.accountgoals.core.smart;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The SMART check on business goals with arbitrary numbers, dates and directions. */
class SmartCheckProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final SmartCheck CHECK = SmartCheck.withDefaults();

  @Property
  void theQuickAnswerAgreesWithTheFullAssessmentAndNothingThrows(
      @ForAll("goals") Goal goal, @ForAll @IntRange(min = -30, max = 800) int day) {
    LocalDate date = START.plusDays(day);
    Map<IssueKey, Goal> visible = Map.of(goal.key(), goal);

    boolean full = CHECK.assess(goal, visible::get, false, date).isSmart();

    assertThat(CHECK.isSmart(goal, visible::get, false, date)).isEqualTo(full);
  }

  @Property
  void floorsAndCeilingsAreNeverJudgedForProgressOrPace(
      @ForAll("goals") Goal goal, @ForAll @IntRange(min = -30, max = 800) int day) {
    SmartAssessment assessment =
        CHECK.assess(goal, Map.of(goal.key(), goal)::get, false, START.plusDays(day));

    if (goal.metric().isKeep()) {
      assertThat(assessment.holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }
  }

  @Property
  void aWholeNumberGoalWithoutAStepIsNeverJudgedForProgressOrPace(
      @ForAll("goals") Goal goal, @ForAll @IntRange(min = -30, max = 800) int day) {
    LocalDate date = START.plusDays(day);
    Direction direction = goal.metric().direction();
    Double actual = goal.metric().actualOn(date);
    boolean noStepYet =
        goal.metric().isWholeNumbers()
            && direction != null
            && actual != null
            && direction.gain(goal.metric().startValue(), actual) < 1;

    if (noStepYet) {
      assertThat(
              CHECK
                  .assess(goal, Map.of(goal.key(), goal)::get, false, date)
                  .holds(SmartCriterion.ACHIEVABLE))
          .isTrue();
    }
  }

  @Provide
  Arbitrary<Goal> goals() {
    Arbitrary<Double> values =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-5, 20).map(Integer::doubleValue),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.of(0.1 + 0.2, 0.3, 1e15, -1e15));
    Arbitrary<Direction> directions = Arbitraries.of(Direction.class).injectNull(0.2);
    return Combinators.combine(
            directions,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            values,
            values,
            values,
            Arbitraries.integers().between(1, 700),
            Arbitraries.integers().between(-10, 700))
        .as(
            (direction, whole, cumulative, baseline, target, reading, dueDay, readingDay) -> {
              GoalBuilder goal =
                  aBusinessGoal()
                      .direction(direction)
                      .baseline(baseline, START)
                      .target(target)
                      .due(START.plusDays(dueDay))
                      .reading(reading, START.plusDays(readingDay));
              if (whole) {
                goal.wholeNumbers();
              }
              if (cumulative) {
                goal.cumulative();
              }
              return goal.build();
            });
  }
}
