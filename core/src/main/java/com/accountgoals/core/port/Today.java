package com.accountgoals.core.port;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which day it is for the people looking at the board. Core never reads the wall clock: the plugin
 * answers with the site's time zone, tests and the preview with a fixed day.
 */
@FunctionalInterface
public interface Today {

  /** The current day. */
  LocalDate date();

  /** Today according to {@code clock} and its time zone. */
  static Today from(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return () -> LocalDate.now(clock);
  }

  /** Always {@code date}: for tests, the preview and recorded QBRs. */
  static Today fixed(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return () -> date;
  }
}
