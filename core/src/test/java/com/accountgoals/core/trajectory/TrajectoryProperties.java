package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.UnitTolerance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TrajectoryProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Property
  void aKeepGoalOnTheRightSideOfItsTargetIsNeverOffTrack(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double target,
      @ForAll @DoubleRange(min = 0, max = 1e5) double margin,
      @ForAll boolean floor,
      @ForAll boolean withTolerance,
      @ForAll @IntRange(min = 0, max = 700) int day) {
    Direction direction = floor ? Direction.KEEP_AT_LEAST : Direction.KEEP_AT_MOST;
    double value = floor ? target + margin : target - margin;
    Goal goal =
        aBusinessGoal()
            .unit("%")
            .direction(direction)
            .baseline(target, START)
            .target(target)
            .due(START.plusDays(365))
            .tolerance(withTolerance ? UnitTolerance.of(1) : null)
            .reading(value, START.plusDays(day / 2))
            .build();

    Health health =
        Standing.healthOf(goal, List.of(), START.plusDays(day), HealthTolerance.DEFAULT);

    assertThat(health).isEqualTo(Health.ON_TRACK);
  }

  /**
   * A continuous goal whose readings follow its plan (a reading on the planned value every day) is
   * on track on every day of its life.
   */
  @Property(tries = 200)
  void aLineGoalThatKeepsToItsPlanIsOnTrackOnEveryDay(@ForAll long seed) {
    Random random = new Random(seed);
    Plan plan = Plan.random(random, false);
    GoalBuilder goal = plan.goal();
    Trajectory trajectory =
        Trajectory.current(
                goal.build(), MilestonePoints.of(goal.build(), plan.milestones), plan.due)
            .orElseThrow();
    for (LocalDate day = START.plusDays(1); !day.isAfter(plan.due); day = day.plusDays(1)) {
      goal.reading(trajectory.plannedOn(day), day);
    }
    Goal measured = goal.reading(plan.target, plan.due).build();

    for (LocalDate day = START.plusDays(1); !day.isAfter(plan.due); day = day.plusDays(1)) {
      if (!measured.metric().isMeasuredOn(day)) {
        continue;
      }
      assertThat(Standing.healthOf(measured, plan.milestones, day, HealthTolerance.DEFAULT))
          .as("health on %s", day)
          .isEqualTo(Health.ON_TRACK);
    }
  }

  /**
   * A whole-number goal that reaches every milestone on its date is never behind or off track, and
   * is on track on every day but those of the last stretch before a milestone still to reach
   * (watch, the early warning the team asked for).
   */
  @Property(tries = 200)
  void aStepGoalThatReachesEveryMilestoneOnItsDateIsNeverBehind(@ForAll long seed) {
    Random random = new Random(seed);
    Plan plan = Plan.random(random, true);
    GoalBuilder goal = plan.goal().reading(plan.start, START);
    for (Goal milestone : plan.milestones) {
      goal.reading(milestone.metric().target(), milestone.dueDate());
    }
    Goal measured = goal.reading(plan.target, plan.due).build();

    for (LocalDate day = START; !day.isAfter(plan.due); day = day.plusDays(1)) {
      Health health = Standing.healthOf(measured, plan.milestones, day, HealthTolerance.DEFAULT);
      assertThat(health).as("health on %s", day).isIn(Health.ON_TRACK, Health.WATCH);
      if (plan.isMilestoneDay(day)) {
        assertThat(health).as("health on milestone day %s", day).isEqualTo(Health.ON_TRACK);
      }
    }
  }

  /** A random increase goal with up to four milestones strictly between start and due date. */
  private record Plan(
      double start, double target, LocalDate due, List<Goal> milestones, boolean wholeNumbers) {

    static Plan random(Random random, boolean wholeNumbers) {
      double start = wholeNumbers ? random.nextInt(5) : random.nextInt(100_000);
      int steps = 1 + random.nextInt(5);
      double target =
          start + (wholeNumbers ? steps + random.nextInt(3) : 1 + random.nextInt(50_000));
      LocalDate due = START.plusDays(60 + random.nextInt(600));
      List<Goal> milestones = new ArrayList<>();
      double value = start;
      LocalDate day = START;
      int count = random.nextInt(5);
      long span = due.toEpochDay() - START.toEpochDay();
      for (int i = 1; i <= count; i++) {
        LocalDate next = START.plusDays(span * i / (count + 1));
        double nextValue = start + (target - start) * i / (count + 1);
        if (wholeNumbers) {
          nextValue = Math.floor(nextValue);
        }
        if (next.isAfter(day) && nextValue >= value) {
          milestones.add(
              aMilestone()
                  .key("ACME-" + (20 + i))
                  .supports("ACME-10")
                  .target(nextValue)
                  .due(next)
                  .build());
          value = nextValue;
          day = next;
        }
      }
      return new Plan(start, target, due, milestones, wholeNumbers);
    }

    GoalBuilder goal() {
      GoalBuilder goal =
          aBusinessGoal().key("ACME-10").baseline(start, START).target(target).due(due);
      return wholeNumbers ? goal.wholeNumbers() : goal;
    }

    boolean isMilestoneDay(LocalDate day) {
      return milestones.stream().anyMatch(m -> m.dueDate().equals(day));
    }
  }
}
