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

  // One verdict per outcome that carries no day: a board judges every goal.
  private static final Verdict[] WITHOUT_DAY = new Verdict[Outcome.values().length];

  static {
    for (Outcome outcome : Outcome.values()) {
      if (!outcome.isMet()) {
        WITHOUT_DAY[outcome.ordinal()] = new Verdict(outcome, null);
      }
    }
  }

  /** The verdict {@code outcome}, which must not be a met one (those carry their day). */
  static Verdict of(Outcome outcome) {
    return java.util.Objects.requireNonNull(WITHOUT_DAY[outcome.ordinal()], "met needs a day");
  }

  /** True when the target was reached. */
  public boolean isMet() {
    return outcome.isMet();
  }
}
