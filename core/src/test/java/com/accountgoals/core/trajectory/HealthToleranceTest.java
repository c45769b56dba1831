package com.accountgoals.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The board's health tolerances")
class HealthToleranceTest {

  private static void assertRejected(double onTrackWithin, double offTrackBeyond) {
    assertThatThrownBy(() -> new HealthTolerance(onTrackWithin, offTrackBeyond))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.trajectory.error.tolerance");
  }

  @Test
  void anAdministratorEntersThemInPercentOfThePlannedChange() {
    assertThat(HealthTolerance.ofPercent(5, 20)).isEqualTo(HealthTolerance.DEFAULT);
  }

  @Nested
  @DisplayName("accepted up to their limits")
  class Accepted {

    @Test
    void noSlackAtAllForOnTrackIsAccepted() {
      assertThat(new HealthTolerance(0, 0.2).onTrackWithin()).isZero();
    }

    @Test
    void offTrackRightWhereOnTrackEndsIsAccepted() {
      assertThat(new HealthTolerance(0.1, 0.1).offTrackBeyond()).isEqualTo(0.1);
    }

    @Test
    void offTrackAtAHundredTimesThePlannedChangeIsTheMostAccepted() {
      assertThat(new HealthTolerance(0.05, 100).offTrackBeyond()).isEqualTo(100);
    }
  }

  @Nested
  @DisplayName("rejected with the tolerance message")
  class Rejected {

    @Test
    void aNegativeOnTrackToleranceIsRejected() {
      assertRejected(-0.01, 0.2);
    }

    @Test
    void anOffTrackToleranceBelowTheOnTrackOneIsRejected() {
      assertRejected(0.2, 0.19);
    }

    @Test
    void anOffTrackToleranceAboveAHundredTimesThePlannedChangeIsRejected() {
      assertRejected(0.05, 100.01);
    }

    @Test
    void anOnTrackToleranceThatIsNoNumberIsRejected() {
      assertRejected(Double.NaN, 0.2);
    }

    @Test
    void anInfiniteOffTrackToleranceIsRejected() {
      assertRejected(0.05, Double.POSITIVE_INFINITY);
    }
  }
}
