package com.accountgoals.core.quarter;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A quarter of a fiscal year, written {@code 2026-Q4}: the name of the fiscal year, then the
 * number. Which months it covers is the calendar's business (its start month and naming).
 *
 * @param fiscalYear the fiscal year's name, 1 to 9999: the calendar year it starts or ends in, as
 *     the calendar names it. A quarter that would start before year 1 (the first quarter of FY1
 *     named by its end year) is refused like a year out of range
 * @param number 1 to 4
 * @param calendar when the fiscal year starts and how it is named
 */
public record Quarter(int fiscalYear, int number, FiscalCalendar calendar)
    implements Comparable<Quarter> {

  public Quarter {
    Objects.requireNonNull(calendar, "calendar");
    if (number < 1 || number > 4) {
      throw new InvalidValueException(QuarterMessages.NUMBER.key(), number);
    }
    if (fiscalYear < 1 || fiscalYear > 9999 || startMonthIndex(fiscalYear, number, calendar) < 12) {
      throw new InvalidValueException(QuarterMessages.YEAR.key(), fiscalYear);
    }
  }

  /**
   * Reads {@code 2026-Q4}: four digits, a hyphen, {@code Q} and the number. Surrounding white space
   * and a lower-case {@code q} are accepted, because people type them; everything else is refused.
   *
   * @throws InvalidValueException with key {@code account-goals.quarter.error.format} and the text
   */
  public static Quarter parse(String text, FiscalCalendar calendar) {
    String trimmed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!hasQuarterShape(trimmed)) {
      throw new InvalidValueException(QuarterMessages.FORMAT.key(), String.valueOf(text));
    }
    int year = Integer.parseInt(trimmed.substring(0, 4));
    if (year < 1) {
      throw new InvalidValueException(QuarterMessages.FORMAT.key(), text);
    }
    return new Quarter(year, trimmed.charAt(6) - '0', calendar);
  }

  private static boolean hasQuarterShape(String text) {
    if (text.length() != 7 || text.charAt(4) != '-' || text.charAt(5) != 'Q') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return text.charAt(6) >= '1' && text.charAt(6) <= '4';
  }

  /** The first day of the quarter. */
  public LocalDate firstDay() {
    int months = startMonthIndex(fiscalYear, number, calendar);
    return LocalDate.of(months / 12, months % 12 + 1, 1);
  }

  /**
   * The quarter's first month, counted in months since January of year 0: {@code year * 12 + month
   * - 1}. Below 12, the quarter would start before year 1.
   */
  private static int startMonthIndex(int fiscalYear, int number, FiscalCalendar calendar) {
    return calendar.startYearOf(fiscalYear) * 12
        + calendar.firstMonth().getValue()
        - 1
        + 3 * (number - 1);
  }

  /** The last day of the quarter. */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** The days of the quarter. */
  public DateWindow days() {
    return new DateWindow(firstDay(), lastDay());
  }

  /** True when {@code date} falls in this quarter. */
  public boolean contains(LocalDate date) {
    return days().contains(date);
  }

  /** The quarter before this one, across fiscal years. */
  public Quarter previous() {
    return number == 1
        ? new Quarter(fiscalYear - 1, 4, calendar)
        : new Quarter(fiscalYear, number - 1, calendar);
  }

  /** The quarter after this one, across fiscal years. */
  public Quarter next() {
    return number == 4
        ? new Quarter(fiscalYear + 1, 1, calendar)
        : new Quarter(fiscalYear, number + 1, calendar);
  }

  /** Orders by first day, whatever the calendars: quarters compare as the months they cover. */
  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(
        startMonthIndex(fiscalYear, number, calendar),
        startMonthIndex(other.fiscalYear, other.number, other.calendar));
  }

  /** The quarter as people write it, {@code 2026-Q4}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-Q%d", fiscalYear, number);
  }
}
