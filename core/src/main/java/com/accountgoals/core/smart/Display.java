package com.accountgoals.core.smart;

/** Turns finding arguments into the plain display form {@link SmartFinding} documents. */
final class Display {

  private Display() {}

  static String of(Object value) {
    if (value instanceof Double number) {
      return twoDecimals(number);
    }
    return String.valueOf(value);
  }

  /**
   * {@code 14.6397} as {@code "14.64"}, {@code 2.0} as {@code "2"}: rounded half away from zero to
   * two decimals, trailing zeros dropped. By hand rather than through {@code BigDecimal}, because a
   * board formats these for thousands of goals.
   */
  static String twoDecimals(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
      return String.valueOf(value);
    }
    long hundredths = Math.round(Math.abs(value) * 100);
    StringBuilder out = new StringBuilder(24);
    if (value < 0 && hundredths != 0) {
      out.append('-');
    }
    out.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        out.append(fraction % 10);
      }
    }
    return out.toString();
  }
}
