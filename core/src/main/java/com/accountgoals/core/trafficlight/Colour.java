package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Locale;

/** A traffic-light colour, ordered from best to worst so that the worst factor wins. */
public enum Colour {
  GREEN('G'),
  AMBER('A'),
  RED('R');

  private final char code;

  Colour(char code) {
    this.code = code;
  }

  /** The one-letter code used in the stored form. */
  public char code() {
    return code;
  }

  /** True when this colour is worse for us than {@code other} (red is worse than amber). */
  public boolean isWorseThan(Colour other) {
    return compareTo(other) > 0;
  }

  /**
   * Reads a colour name as users and JQL write it: {@code RED}, {@code red} or {@code Red}.
   *
   * @throws InvalidValueException with key {@code account-goals.trafficlight.error.unknown-colour}
   */
  public static Colour parse(String name) {
    if (name != null) {
      String upper = name.strip().toUpperCase(Locale.ROOT);
      for (Colour colour : values()) {
        if (colour.name().equals(upper)) {
          return colour;
        }
      }
    }
    throw new InvalidValueException(
        "account-goals.trafficlight.error.unknown-colour", String.valueOf(name));
  }

  /** The colour whose stored code is {@code code}, or {@code null} when there is none. */
  static Colour fromCode(char code) {
    for (Colour colour : values()) {
      if (colour.code == code) {
        return colour;
      }
    }
    return null;
  }
}
