package com.accountgoals.core.quarter;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of days, both ends included: a quarter, a month of the rolling plan, the window a port
 * loads rows for.
 *
 * @param first the first day
 * @param last the last day, not before {@code first}
 */
public record DateWindow(LocalDate first, LocalDate last) {

  public DateWindow {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidValueException(QuarterMessages.WINDOW_REVERSED.key(), first, last);
    }
  }

  public static DateWindow of(LocalDate first, LocalDate last) {
    return new DateWindow(first, last);
  }

  /** True when {@code date} is one of the window's days; a missing date is in no window. */
  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(first) && !date.isAfter(last);
  }

  /** True when {@code date} comes before the window's first day. */
  public boolean startsAfter(LocalDate date) {
    return date.isBefore(first);
  }

  /** The number of days, both ends counted. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
