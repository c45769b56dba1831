package com.accountgoals.core.goal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A value of a metric on a day, as the team recorded it: a dated reading of the actual value, or
 * the baseline ("2 products in use on 1 June").
 *
 * @param value a bounded value in the metric's unit (see {@link Values})
 * @param date the day the value held
 * @param recorded when the value was recorded, in any increasing measure (Jira: the change
 *     history's time in milliseconds); of two readings of one day, the one recorded last counts
 */
public record Reading(double value, LocalDate date, long recorded) {

  public Reading {
    Values.requireBounded(value);
    Objects.requireNonNull(date, "date");
  }

  /** A reading recorded at the start of its day: enough wherever a day has one reading. */
  public static Reading of(double value, LocalDate date) {
    return new Reading(value, date, 0);
  }
}
