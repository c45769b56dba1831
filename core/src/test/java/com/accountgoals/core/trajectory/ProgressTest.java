package com.accountgoals.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Reading;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  private static Progress progress(double baseline, double target, double actual) {
    return Progress.of(Metric.of("x", Reading.of(baseline, JUNE_1), target, actual)).orElseThrow();
  }

  @Test
  void isTheShareOfTheWayFromBaselineToTarget() {
    // 2 to 5 products, 3 in use: a third of the way
    assertThat(progress(2, 5, 3).percent()).isCloseTo(33.33, within(0.01));
  }

  @Test
  void countsALessIsBetterMetricDownwards() {
    assertThat(progress(60, 45, 50).percent()).isCloseTo(66.67, within(0.01));
  }

  @Test
  void isClampedAt100ButSaysItOvershot() {
    Progress overshoot = progress(100, 125, 150);

    assertThat(overshoot.percent()).isEqualTo(100);
    assertThat(overshoot.unclampedPercent()).isEqualTo(200);
    assertThat(overshoot.isOvershoot()).isTrue();
  }

  @Test
  void isClampedAt0ButSaysItWentBackwards() {
    Progress backwards = progress(100, 125, 90);

    assertThat(backwards.percent()).isZero();
    assertThat(backwards.isBackwards()).isTrue();
  }

  @Test
  void isCompleteForAHeldLevelWhileItHolds() {
    assertThat(progress(90, 90, 91).isComplete()).isTrue();
    assertThat(progress(90, 90, 89).percent()).isZero();
  }

  @Test
  void isUnknownWithoutAnActual() {
    assertThat(Progress.of(Metric.of("x", Reading.of(1, JUNE_1), 2, null))).isEmpty();
  }
}
