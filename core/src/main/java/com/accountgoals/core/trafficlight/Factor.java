package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Objects;

/**
 * One factor of a traffic light: a colour and a short, single-line text such as "Not on the
 * preferred-supplier list".
 *
 * @param colour whether the factor speaks for us, against us or could go either way
 * @param text the factor, trimmed, 1 to {@value #MAX_TEXT_LENGTH} characters, no line breaks
 */
public record Factor(Colour colour, String text) {

  /** The longest factor text, in characters (Unicode code points). */
  public static final int MAX_TEXT_LENGTH = 255;

  /** Validates the text; see {@link #of(Colour, String)} for a factory that trims it first. */
  public Factor {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidValueException("account-goals.trafficlight.error.factor-blank");
    }
    if (!text.equals(text.strip())) {
      throw new InvalidValueException("account-goals.trafficlight.error.factor-untrimmed");
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(
          "account-goals.trafficlight.error.factor-too-long", MAX_TEXT_LENGTH, length);
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException("account-goals.trafficlight.error.factor-control-character");
    }
  }

  /** A factor from user text, with surrounding white space removed. */
  public static Factor of(Colour colour, String text) {
    return new Factor(colour, text == null ? null : text.strip());
  }
}
