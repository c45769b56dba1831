package com.accountgoals.core.quarter;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * When the fiscal year starts and which calendar year it is named after; quarters are three months
 * from the start. With an April start named by the start year, April to June 2026 is {@code
 * 2026-Q1} and January to March 2027 is {@code 2026-Q4}. With a July start named by the end year,
 * FY2027 runs from July 2026 to June 2027, so {@code 2027-Q1} is July to September 2026.
 *
 * @param firstMonth the month the fiscal year starts with
 * @param naming the calendar year a fiscal year is named after. With a January start both namings
 *     agree, and the calendar keeps {@link FiscalYearNaming#BY_START_YEAR}, so that two calendars
 *     that name every quarter alike are equal, and so are their quarters
 */
public record FiscalCalendar(Month firstMonth, FiscalYearNaming naming) {

  /** The fiscal year equal to the calendar year. */
  public static final FiscalCalendar CALENDAR_YEAR =
      new FiscalCalendar(Month.JANUARY, FiscalYearNaming.BY_START_YEAR);

  public FiscalCalendar {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(naming, "naming");
    if (firstMonth == Month.JANUARY) {
      naming = FiscalYearNaming.BY_START_YEAR;
    }
  }

  /** A fiscal year that starts in {@code month}, named after the calendar year it starts in. */
  public static FiscalCalendar startingIn(Month month) {
    return new FiscalCalendar(month, FiscalYearNaming.BY_START_YEAR);
  }

  /** A fiscal year that starts in {@code month}, named as {@code naming} says. */
  public static FiscalCalendar startingIn(Month month, FiscalYearNaming naming) {
    return new FiscalCalendar(month, naming);
  }

  /** The quarter {@code date} falls in. */
  public Quarter quarterOf(LocalDate date) {
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
    int startYear =
        date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
    return new Quarter(nameOfYearStartingIn(startYear), monthsIntoYear / 3 + 1, this);
  }

  /**
   * Reads a quarter such as {@code 2026-Q4} in this calendar.
   *
   * @see Quarter#parse(String, FiscalCalendar)
   */
  public Quarter parse(String text) {
    return Quarter.parse(text, this);
  }

  /** The calendar year in which the fiscal year named {@code fiscalYear} starts. */
  int startYearOf(int fiscalYear) {
    return namesByEndYear() ? fiscalYear - 1 : fiscalYear;
  }

  private int nameOfYearStartingIn(int calendarYear) {
    return namesByEndYear() ? calendarYear + 1 : calendarYear;
  }

  // A January start is normalised to BY_START_YEAR, so this holds only when the names differ.
  private boolean namesByEndYear() {
    return naming == FiscalYearNaming.BY_END_YEAR;
  }
}
