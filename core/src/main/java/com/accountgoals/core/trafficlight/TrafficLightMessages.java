package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.MessageKey;

/**
 * The keys of the errors this package reports. {@link TrafficLightInput} adds {@code .in-row} to a
 * factor error when it names the row of an edit form; the variants that can occur there are listed
 * too (blank rows are skipped and texts trimmed, so those two errors have no row form).
 */
public enum TrafficLightMessages implements MessageKey {
  UNKNOWN_COLOUR("unknown-colour"),
  UNKNOWN_COLOUR_IN_ROW("unknown-colour.in-row"),
  FACTOR_BLANK("factor-blank"),
  FACTOR_UNTRIMMED("factor-untrimmed"),
  FACTOR_TOO_LONG("factor-too-long"),
  FACTOR_TOO_LONG_IN_ROW("factor-too-long.in-row"),
  FACTOR_CONTROL_CHARACTER("factor-control-character"),
  FACTOR_CONTROL_CHARACTER_IN_ROW("factor-control-character.in-row"),
  TOO_MANY_FACTORS("too-many-factors"),
  FACTOR_ROWS_INCOMPLETE("factor-rows-incomplete"),
  STORED_FORM("stored-form");

  private final String key;

  TrafficLightMessages(String suffix) {
    this.key = PREFIX + "trafficlight.error." + suffix;
  }

  @Override
  public String key() {
    return key;
  }
}
