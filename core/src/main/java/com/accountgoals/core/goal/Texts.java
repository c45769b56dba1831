package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;

/**
 * The rules for the short texts of goals and actions, as for traffic-light factors: length, single
 * line.
 */
public final class Texts {

  /** The longest summary or reason, in characters (Unicode code points), as Jira's summary. */
  public static final int MAX_LENGTH = 255;

  private Texts() {}

  /** Returns {@code text}, refusing more than {@value #MAX_LENGTH} characters or control ones. */
  public static String requireSingleLine(String text) {
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw new InvalidValueException(GoalMessages.TEXT_TOO_LONG.key(), MAX_LENGTH, length);
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(GoalMessages.TEXT_CONTROL_CHARACTER.key());
    }
    return text;
  }
}
