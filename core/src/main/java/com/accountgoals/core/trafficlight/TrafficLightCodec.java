package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored text form of a traffic light, as Jira keeps it in the database.
 *
 * <p>Line-based and readable by a person looking at the database:
 *
 * <pre>
 * TL1 RED
 * G Product approved by IT
 * R Not on the preferred-supplier list
 * </pre>
 *
 * The first line names the format version and the chosen overall colour, or {@code -} when the
 * colour is derived from the factors. Each further line is one factor: its colour code ({@code G},
 * {@code A} or {@code R}), one space, and the text. Lines end with a single {@code \n}; there is no
 * line after the last factor. Factor texts cannot contain line breaks, so no escaping is needed.
 * Reading is strict: anything else is refused with the line number, never half-read.
 */
public final class TrafficLightCodec {

  /** The header of version 1 of the stored form. */
  static final String HEADER = "TL1";

  private static final String DERIVED = "-";
  private static final String ERROR = "account-goals.trafficlight.error.stored-form";

  private TrafficLightCodec() {}

  /** The stored form of {@code light}. */
  public static String encode(TrafficLight light) {
    StringBuilder out = new StringBuilder(HEADER).append(' ');
    out.append(light.chosenOverall().map(Enum::name).orElse(DERIVED));
    for (Factor factor : light.factors()) {
      out.append('\n').append(factor.colour().code()).append(' ').append(factor.text());
    }
    return out.toString();
  }

  /**
   * Reads a stored form written by {@link #encode(TrafficLight)}.
   *
   * @throws InvalidValueException with key {@code account-goals.trafficlight.error.stored-form} and
   *     the 1-based line number, or the key of the factor rule the line breaks
   */
  public static TrafficLight decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      throw new InvalidValueException(ERROR, 1);
    }
    String[] lines = stored.split("\n", -1);
    Colour chosen = readHeader(lines[0]);
    if (lines.length - 1 > TrafficLight.MAX_FACTORS) {
      throw new InvalidValueException(
          "account-goals.trafficlight.error.too-many-factors",
          TrafficLight.MAX_FACTORS,
          lines.length - 1);
    }
    List<Factor> factors = new ArrayList<>(lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      factors.add(readFactor(lines[i], i + 1));
    }
    return TrafficLight.of(chosen, factors);
  }

  private static Colour readHeader(String line) {
    if (!line.startsWith(HEADER + " ")) {
      throw new InvalidValueException(ERROR, 1);
    }
    String colour = line.substring(HEADER.length() + 1);
    if (colour.equals(DERIVED)) {
      return null;
    }
    for (Colour candidate : Colour.values()) {
      if (candidate.name().equals(colour)) {
        return candidate;
      }
    }
    throw new InvalidValueException(ERROR, 1);
  }

  private static Factor readFactor(String line, int lineNumber) {
    Colour colour =
        line.length() > 2 && line.charAt(1) == ' ' ? Colour.fromCode(line.charAt(0)) : null;
    if (colour == null) {
      throw new InvalidValueException(ERROR, lineNumber);
    }
    try {
      return new Factor(colour, line.substring(2));
    } catch (InvalidValueException badFactor) {
      throw new InvalidValueException(ERROR, lineNumber);
    }
  }
}
