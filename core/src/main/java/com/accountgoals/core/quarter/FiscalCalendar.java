package com.accountgoals.core.quarter;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * When the fiscal year starts. With a start in April, April to June is Q1 and January to March is
 * Q4. A fiscal year is named after the calendar year it starts in, so with an April start {@code
 * 2026-Q4} is January to March 2027.
 *
 * @param firstMonth the month the fiscal year starts with
 */
public record FiscalCalendar(Month firstMonth) {

  /** The fiscal year equal to the calendar year. */
  public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(Month.JANUARY);

  public FiscalCalendar {
    Objects.requireNonNull(firstMonth, "firstMonth");
  }

  /** A fiscal year that starts in {@code month}. */
  public static FiscalCalendar startingIn(Month month) {
    return new FiscalCalendar(month);
  }

  /** The quarter {@code date} falls in. */
  public Quarter quarterOf(LocalDate date) {
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
    int fiscalYear =
        date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
    return new Quarter(fiscalYear, monthsIntoYear / 3 + 1, this);
  }

  /**
   * Reads a quarter such as {@code 2026-Q4} in this calendar.
   *
   * @see Quarter#parse(String, FiscalCalendar)
   */
  public Quarter parse(String text) {
    return Quarter.parse(text, this);
  }
}
