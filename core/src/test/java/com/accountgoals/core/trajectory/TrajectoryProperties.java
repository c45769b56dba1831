package com.accountgoals.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TrajectoryProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Property
  void passesThroughBaselineEachMilestoneAndTargetOnTheirDates(
      @ForAll("points") List<Reading> points) {
    Trajectory trajectory = businessGoalThrough(points);

    for (Reading point : points) {
      assertThat(trajectory.plannedOn(point.date())).isEqualTo(point.value());
    }
  }

  @Property
  void isMonotoneBetweenTwoNeighbouringPoints(
      @ForAll("points") List<Reading> points,
      @ForAll @IntRange(min = 0, max = 100) int segmentChoice,
      @ForAll @IntRange(min = 0, max = 10_000) int firstOffset,
      @ForAll @IntRange(min = 0, max = 10_000) int secondOffset) {
    Trajectory trajectory = businessGoalThrough(points);
    int segments = points.size() - 1;
    if (segments == 0) {
      return; // a single point has no segment; equalsEachPointsValueOnItsDate covers it
    }
    Reading from = points.get(segmentChoice % segments);
    Reading to = points.get(segmentChoice % segments + 1);
    long length = to.date().toEpochDay() - from.date().toEpochDay();
    LocalDate earlier = from.date().plusDays(Math.min(firstOffset, secondOffset) % (length + 1));
    LocalDate later = from.date().plusDays(Math.max(firstOffset, secondOffset) % (length + 1));
    if (later.isBefore(earlier)) {
      LocalDate swap = earlier;
      earlier = later;
      later = swap;
    }

    double atEarlier = trajectory.plannedOn(earlier);
    double atLater = trajectory.plannedOn(later);

    double low = Math.min(from.value(), to.value());
    double high = Math.max(from.value(), to.value());
    assertThat(atEarlier).isBetween(low - 1e-6, high + 1e-6);
    assertThat(atLater).isBetween(low - 1e-6, high + 1e-6);
    double rising = Math.signum(to.value() - from.value());
    assertThat((atLater - atEarlier) * rising).isGreaterThanOrEqualTo(-1e-6);
  }

  @Property
  void progressIsAlwaysBetween0And100AndOvershootIsHonest(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double baseline,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double target,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double actual) {
    Metric metric = Metric.of("x", Reading.of(baseline, START), target, actual);

    Progress progress = Progress.of(metric).orElseThrow();

    assertThat(progress.percent()).isBetween(0.0, 100.0);
    assertThat(progress.isOvershoot()).isEqualTo(progress.unclampedPercent() > 100);
    if (progress.unclampedPercent() >= 0 && progress.unclampedPercent() <= 100) {
      assertThat(progress.percent()).isEqualTo(progress.unclampedPercent());
    }
  }

  /**
   * The trajectory of a business goal whose baseline is the first point, whose target and due date
   * are the last, and whose milestones are the points between.
   */
  private static Trajectory businessGoalThrough(List<Reading> points) {
    Reading baseline = points.get(0);
    Reading target = points.get(points.size() - 1);
    Goal goal =
        GoalBuilder.aBusinessGoal()
            .baseline(baseline.value(), baseline.date())
            .target(target.value())
            .due(target.date())
            .build();
    List<Goal> milestones = new ArrayList<>();
    for (int i = 1; i < points.size() - 1; i++) {
      Reading point = points.get(i);
      milestones.add(
          GoalBuilder.aMilestone()
              .key("ACME-" + (100 + i))
              .target(point.value())
              .due(point.date())
              .build());
    }
    return Trajectory.of(goal, milestones).orElseThrow();
  }

  /** Points in date order on distinct days, as a trajectory keeps them. */
  @Provide
  Arbitrary<List<Reading>> points() {
    Arbitrary<Integer> gaps = Arbitraries.integers().between(1, 400);
    Arbitrary<Double> values = Arbitraries.doubles().between(-1e6, 1e6).ofScale(2);
    return gaps.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .flatMap(
            dayGaps ->
                values
                    .list()
                    .ofSize(dayGaps.size())
                    .map(
                        vs -> {
                          List<Reading> readings = new ArrayList<>();
                          LocalDate date = START;
                          for (int i = 0; i < vs.size(); i++) {
                            readings.add(Reading.of(vs.get(i), date));
                            date = date.plusDays(dayGaps.get(i));
                          }
                          return readings;
                        }));
  }
}
