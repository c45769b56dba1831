package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetricTest {

  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  @Nested
  @DisplayName("the direction")
  class TheDirection {

    @Test
    void isMoreIsBetterWhenTheTargetIsAboveTheBaseline() {
      Metric products = Metric.of("products", Reading.of(2, JUNE_1), 5, null);

      assertThat(products.direction()).contains(Direction.MORE_IS_BETTER);
    }

    @Test
    void isLessIsBetterWhenTheTargetIsBelowTheBaseline() {
      Metric daysToPay = Metric.of("days", Reading.of(60, JUNE_1), 45, null);

      assertThat(daysToPay.direction()).contains(Direction.LESS_IS_BETTER);
    }

    @Test
    void isMoreIsBetterWhenTheGoalHoldsALevel() {
      Metric retention = Metric.of("%", Reading.of(90, JUNE_1), 90, null);

      assertThat(retention.direction()).contains(Direction.MORE_IS_BETTER);
    }

    @Test
    void isUnknownWithoutABaseline() {
      Metric metric = new Metric("EUR", null, 100.0, null);

      assertThat(metric.direction()).isEmpty();
    }
  }

  @Nested
  @DisplayName("reaching the target")
  class ReachingTheTarget {

    @Test
    void happensWhenALessIsBetterActualFallsToTheTarget() {
      Metric daysToPay = Metric.of("days", Reading.of(60, JUNE_1), 45, 45.0);

      assertThat(daysToPay.isTargetReached()).isTrue();
    }

    @Test
    void doesNotHappenWithoutAnActual() {
      Metric products = Metric.of("products", Reading.of(2, JUNE_1), 5, null);

      assertThat(products.isTargetReached()).isFalse();
    }
  }

  @Nested
  @DisplayName("validation")
  class Validation {

    @Test
    void refusesAnInfiniteTarget() {
      assertThatThrownBy(() -> Metric.of("EUR", Reading.of(1, JUNE_1), Double.NaN, null))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e ->
                  assertThat(e.messageKey())
                      .isEqualTo("account-goals.goal.error.value-not-finite"));
    }

    @Test
    void refusesABlankUnit() {
      assertThatThrownBy(() -> new Metric(" ", null, null, null))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.goal.error.unit-blank"));
    }

    @Test
    void isCompleteWithUnitBaselineAndTarget() {
      assertThat(Metric.of("EUR", Reading.of(1, JUNE_1), 2, null).isComplete()).isTrue();
      assertThat(new Metric("EUR", null, 2.0, null).isComplete()).isFalse();
    }
  }
}
