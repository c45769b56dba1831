package com.accountgoals.core.smart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns finding arguments into the plain display form {@link SmartFinding} documents. */
final class Display {

  private Display() {}

  static String of(Object value) {
    if (value instanceof Double number) {
      return BigDecimal.valueOf(number)
          .setScale(2, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    return String.valueOf(value);
  }
}
