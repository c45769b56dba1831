package com.accountgoals.core.goal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A goal's outcome on a day and, when it was met, the day it was met: a goal met by a reading is a
 * win of that reading's quarter, even before anyone closes it.
 *
 * @param outcome the outcome
 * @param metOn the day of the reading that met the target (a floor or ceiling: its due date);
 *     {@code null} unless the outcome is met
 */
public record Verdict(Outcome outcome, LocalDate metOn) {

  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.isMet() != (metOn != null)) {
      throw new IllegalArgumentException("a met outcome has a day, no other has: " + outcome);
    }
  }

  static Verdict of(Outcome outcome) {
    return new Verdict(outcome, null);
  }

  /** True when the target was reached. */
  public boolean isMet() {
    return outcome.isMet();
  }
}
