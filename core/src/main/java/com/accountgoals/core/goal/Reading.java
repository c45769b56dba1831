package com.accountgoals.core.goal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A value of a metric on a date: the baseline ("2 products in use on 1 June").
 *
 * @param value a finite number in the metric's unit
 * @param date the day the value held
 */
public record Reading(double value, LocalDate date) {

  public Reading {
    Values.requireFinite(value);
    Objects.requireNonNull(date, "date");
  }

  public static Reading of(double value, LocalDate date) {
    return new Reading(value, date);
  }
}
