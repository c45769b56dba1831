package com.accountgoals.core.quarter;

import com.accountgoals.core.validation.MessageKey;

/** The keys of the errors of quarters and date windows. */
public enum QuarterMessages implements MessageKey {
  FORMAT("quarter.error.format"),
  NUMBER("quarter.error.number"),
  YEAR("quarter.error.year"),
  WINDOW_REVERSED("window.error.reversed");

  private final String key;

  QuarterMessages(String suffix) {
    this.key = PREFIX + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
