package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HealthTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 2); // 182 of 364 days
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  /** 100 to 200 units over the year: half way, 150 are planned. */
  private static Trajectory moreIsBetter() {
    Goal goal = aBusinessGoal().baseline(100, START).target(200).due(END).build();
    return Trajectory.of(goal, List.of()).orElseThrow();
  }

  /** Days sales outstanding from 60 down to 40 over the year: half way, 50 are planned. */
  private static Trajectory lessIsBetter() {
    Goal goal = aBusinessGoal().unit("days").baseline(60, START).target(40).due(END).build();
    return Trajectory.of(goal, List.of()).orElseThrow();
  }

  @Nested
  @DisplayName("with the default tolerance (behind beyond 5 %, off track beyond 20 %)")
  class DefaultTolerance {

    private final HealthTolerance tolerance = HealthTolerance.DEFAULT;

    @Test
    void healthIsOnTrackWhenActualIsAheadOfPlan() {
      assertThat(moreIsBetter().healthOn(MID_YEAR, 160, tolerance)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void healthIsOnTrackWhenActualIsBelowPlanWithinTolerance() {
      // 5 % of the planned change of 100 is 5 units
      assertThat(moreIsBetter().healthOn(MID_YEAR, 145, tolerance)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void healthIsBehindWhenActualIsBelowPlanByMoreThanTheFirstTolerance() {
      assertThat(moreIsBetter().healthOn(MID_YEAR, 140, tolerance)).isEqualTo(Health.BEHIND);
    }

    @Test
    void healthIsOffTrackWhenActualIsBelowPlanByMoreThanTolerance() {
      assertThat(moreIsBetter().healthOn(MID_YEAR, 129, tolerance)).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aBehindGoalIsBehindOnThatDay() {
      assertThat(moreIsBetter().isBehindOn(MID_YEAR, 140, tolerance)).isTrue();
      assertThat(moreIsBetter().isBehindOn(MID_YEAR, 150, tolerance)).isFalse();
    }
  }

  @Nested
  @DisplayName("for a less-is-better metric")
  class LessIsBetter {

    @Test
    void healthIsOnTrackWhenActualIsBelowPlan() {
      assertThat(lessIsBetter().healthOn(MID_YEAR, 48, HealthTolerance.DEFAULT))
          .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void healthIsBehindWhenActualIsAbovePlanByMoreThanTheFirstTolerance() {
      // the planned change is 20 days: behind beyond 1 day, off track beyond 4
      assertThat(lessIsBetter().healthOn(MID_YEAR, 52, HealthTolerance.DEFAULT))
          .isEqualTo(Health.BEHIND);
    }

    @Test
    void healthIsOffTrackWhenActualIsAbovePlanByMoreThanTolerance() {
      assertThat(lessIsBetter().healthOn(MID_YEAR, 57, HealthTolerance.DEFAULT))
          .isEqualTo(Health.OFF_TRACK);
    }
  }

  @Nested
  @DisplayName("with a tolerance the caller sets")
  class CallerTolerance {

    @Test
    void aWiderToleranceKeepsTheSameShortfallOnTrack() {
      HealthTolerance relaxed = HealthTolerance.ofPercent(25, 50);

      assertThat(moreIsBetter().healthOn(MID_YEAR, 129, relaxed)).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void aZeroToleranceMakesAnyShortfallOffTrack() {
      HealthTolerance strict = new HealthTolerance(0, 0);

      assertThat(moreIsBetter().healthOn(MID_YEAR, 149.9, strict)).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void isRefusedWhenOffTrackComesBeforeBehind() {
      assertThatThrownBy(() -> new HealthTolerance(0.3, 0.1))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e ->
                  assertThat(e.messageKey()).isEqualTo("account-goals.trajectory.error.tolerance"));
    }
  }

  @Nested
  @DisplayName("a goal that holds a level")
  class HoldingALevel {

    @Test
    void isMeasuredAgainstTheLevelItself() {
      // keep a 90 % retention rate: 5 % of 90 is 4.5 points, 20 % is 18
      Goal retention = aBusinessGoal().unit("%").baseline(90, START).target(90).due(END).build();
      Trajectory trajectory = Trajectory.of(retention, List.of()).orElseThrow();

      assertThat(trajectory.healthOn(MID_YEAR, 87, HealthTolerance.DEFAULT))
          .isEqualTo(Health.ON_TRACK);
      assertThat(trajectory.healthOn(MID_YEAR, 80, HealthTolerance.DEFAULT))
          .isEqualTo(Health.BEHIND);
    }
  }

  @Nested
  @DisplayName("the standing of a business goal")
  class Standings {

    @Test
    void isNotMeasuredWithoutAnActual() {
      Goal goal = aBusinessGoal().noActual().build();

      Standing standing = Standing.of(goal, List.of(), MID_YEAR, HealthTolerance.DEFAULT);

      assertThat(standing.health()).isEqualTo(Health.NOT_MEASURED);
      assertThat(standing.progress()).isNull();
    }

    @Test
    void carriesPlannedActualHealthAndProgress() {
      Goal goal = aBusinessGoal().baseline(100, START).target(200).due(END).actual(129).build();

      Standing standing = Standing.of(goal, List.of(), MID_YEAR, HealthTolerance.DEFAULT);

      assertThat(standing.planned()).isEqualTo(150);
      assertThat(standing.actual()).isEqualTo(129);
      assertThat(standing.isOffTrack()).isTrue();
      assertThat(standing.progress().percent()).isEqualTo(29);
    }

    @Test
    void healthLabelsAreMessageKeys() {
      assertThat(Health.OFF_TRACK.messageKey()).isEqualTo("account-goals.health.off-track");
    }
  }
}
