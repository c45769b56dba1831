package com.accountgoals.jira.derived;

import java.time.LocalDate;

/**
 * Today's date in the JVM's default time zone, which is Jira's default time zone unless an
 * administrator chose another one; the row source reads the days of values the same way. A bean of
 * its own so that tests can set the day.
 */
public class Today implements com.accountgoals.core.port.Today {

  /** Today's date. */
  @Override
  public LocalDate date() {
    return LocalDate.now();
  }
}
