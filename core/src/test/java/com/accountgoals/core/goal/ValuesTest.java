package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Values are bounded and compared with a tolerance")
class ValuesTest {

  @Nested
  @DisplayName("bounds")
  class Bounds {

    @Test
    void refusesNotANumber() {
      assertThatThrownBy(() -> Values.requireBounded(Double.NaN))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).messageKey())
          .isEqualTo("account-goals.goal.error.value-out-of-range");
    }

    @Test
    void refusesInfinity() {
      assertThatThrownBy(() -> Values.requireBounded(Double.NEGATIVE_INFINITY))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMoreThanAQuadrillion() {
      assertThatThrownBy(() -> Values.requireBounded(1.5e15))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsTheLargestAmountAllowed() {
      assertThat(Values.requireBounded(-Values.MAX_MAGNITUDE)).isEqualTo(-1e15);
    }

    @Test
    void anUnsetValueIsLetThroughAndASetOneReturnedAsItIs() {
      assertThat(Values.requireBoundedOrNull(null)).isNull();
      assertThat(Values.requireBoundedOrNull(47_843.27)).isEqualTo(47_843.27);
    }

    @Test
    void aReadingCannotCarryNotANumber() {
      assertThatThrownBy(() -> Reading.of(Double.NaN, java.time.LocalDate.of(2026, 6, 1)))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  @DisplayName("tolerant comparison")
  class Comparison {

    @Test
    void pointOnePlusPointTwoReachesPointThree() {
      assertThat(Direction.INCREASE.reaches(0.1 + 0.2, 0.3)).isTrue();
      assertThat(Values.areEqual(0.1 + 0.2, 0.3)).isTrue();
    }

    @Test
    void aRealShortfallIsNoTie() {
      assertThat(Direction.INCREASE.reaches(0.29, 0.3)).isFalse();
      assertThat(Values.isAbove(0.3, 0.29)).isTrue();
    }

    @Test
    void aDifferenceOfExactlyTheToleranceIsStillATie() {
      // One part in a billion of 1, the least margin: 0 and 1e-9 are equal, neither above
      assertThat(Values.areEqual(0, 1e-9)).isTrue();
      assertThat(Values.isAbove(1e-9, 0)).isFalse();
    }

    @Test
    void largeAmountsCompareRelatively() {
      assertThat(Values.areEqual(47_843_270.000_01, 47_843_270)).isTrue();
      assertThat(Values.areEqual(47_843_271, 47_843_270)).isFalse();
    }
  }

  @Property
  void aValueAlwaysEqualsItselfAndIsAtLeastItself(
      @ForAll @DoubleRange(min = -1e15, max = 1e15) double value) {
    assertThat(Values.areEqual(value, value)).isTrue();
    assertThat(Values.isAtLeast(value, value)).isTrue();
    assertThat(Values.isAbove(value, value)).isFalse();
  }

  @Property
  void isAboveAndIsAtLeastAreOpposites(
      @ForAll @DoubleRange(min = -1e15, max = 1e15) double a,
      @ForAll @DoubleRange(min = -1e15, max = 1e15) double b) {
    assertThat(Values.isAbove(a, b)).isNotEqualTo(Values.isAtLeast(b, a));
  }
}
