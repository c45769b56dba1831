package com.accountgoals.core.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

  @ParameterizedTest
  @CsvSource({"14.6397, 14.64", "2.0, 2", "0.05, 0.05", "0.5, 0.5", "-1.125, -1.13", "-0.001, 0"})
  void roundsToTwoDecimalsWithoutTrailingZeros(double value, String shown) {
    assertThat(Display.twoDecimals(value)).isEqualTo(shown);
  }

  @Property
  void isWithinHalfAHundredthOfTheValueAndEndsInNoZeroDecimal(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
    String shown = Display.twoDecimals(value);

    assertThat(Double.parseDouble(shown)).isCloseTo(value, within(0.005 + 1e-6));
    assertThat(shown).doesNotEndWith(".").matches("-?\\d+(\\.\\d?[1-9])?");
  }
}
