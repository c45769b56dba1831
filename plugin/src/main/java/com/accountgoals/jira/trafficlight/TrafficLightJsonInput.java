package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.trafficlight.TrafficLightInput;
import com.accountgoals.core.trafficlight.TrafficLightMessages;
import com.accountgoals.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the field's JSON sent to Jira's REST API, as the plain {@code Map}s, {@code List}s,
 * strings, numbers and booleans Jira's JSON layer hands over (see {@link TrafficLightJson} for the
 * shape). Strict: whatever is not exactly a traffic light is refused with a translatable error
 * naming the property or the factor, and nothing is half-read.
 *
 * <ul>
 *   <li>{@code null} clears the field; a string is a colour name ({@code "RED"}, any case) chosen
 *       by the team; an object is a light; anything else is refused.
 *   <li>In the object, a property that is null counts as left out. {@code colour} left out means
 *       "derive it from the factors"; {@code chosen}, when sent, must agree: {@code true} needs a
 *       {@code colour}, and with {@code false} a {@code colour} may only repeat the one the factors
 *       give (as the JSON out does).
 *   <li>Each factor is an object with exactly a {@code colour} and a non-blank {@code text}: REST
 *       has no empty rows for new factors, so nothing is skipped.
 *   <li>An object with neither a colour nor a factor is refused: only {@code null} clears the
 *       field, so that a mistaken call cannot erase it.
 * </ul>
 */
final class TrafficLightJsonInput {

  static final String SHAPE = "account-goals.trafficlight.error.json-shape";
  static final String EMPTY = "account-goals.trafficlight.error.json-empty";
  static final String UNKNOWN_PROPERTY = "account-goals.trafficlight.error.json-unknown-property";
  static final String UNKNOWN_PROPERTY_IN_FACTOR =
      "account-goals.trafficlight.error.json-unknown-property.in-factor";
  static final String NOT_A_STRING = "account-goals.trafficlight.error.json-not-a-string";
  static final String NOT_A_STRING_IN_FACTOR =
      "account-goals.trafficlight.error.json-not-a-string.in-factor";
  static final String NOT_A_BOOLEAN = "account-goals.trafficlight.error.json-not-a-boolean";
  static final String FACTORS_NOT_AN_ARRAY =
      "account-goals.trafficlight.error.json-factors-not-an-array";
  static final String FACTOR_NOT_AN_OBJECT =
      "account-goals.trafficlight.error.json-factor-not-an-object";
  static final String FACTOR_PROPERTY_MISSING =
      "account-goals.trafficlight.error.json-factor-property-missing";
  static final String FACTOR_BLANK = "account-goals.trafficlight.error.json-factor-blank";
  static final String CHOSEN_WITHOUT_COLOUR =
      "account-goals.trafficlight.error.json-chosen-without-colour";
  static final String COLOUR_NOT_DERIVED =
      "account-goals.trafficlight.error.json-colour-not-derived";

  private static final String COLOUR = "colour";
  private static final String CHOSEN = "chosen";
  private static final String FACTORS = "factors";
  private static final String TEXT = "text";
  private static final Set<String> LIGHT_KEYS = Set.of(COLOUR, CHOSEN, FACTORS);
  private static final Set<String> FACTOR_KEYS = Set.of(COLOUR, TEXT);

  private TrafficLightJsonInput() {}

  /**
   * The stored text for JSON sent to the REST API; the empty string clears the field.
   *
   * @throws InvalidValueException when the JSON is not a traffic light
   */
  static String toStoredText(Object json) {
    if (json == null) {
      return "";
    }
    if (json instanceof String colourName) {
      return TrafficLightCodec.encode(TrafficLight.chosen(Colour.parse(colourName)));
    }
    if (!(json instanceof Map<?, ?> object)) {
      throw new InvalidValueException(SHAPE);
    }
    for (Object key : object.keySet()) {
      if (!LIGHT_KEYS.contains(String.valueOf(key))) {
        throw new InvalidValueException(UNKNOWN_PROPERTY, key);
      }
    }
    String colourName = string(object, COLOUR);
    Boolean chosen = bool(object, CHOSEN);
    TrafficLight fromFactors = factors(object.get(FACTORS));
    Colour named = colourName == null ? null : Colour.parse(colourName);
    TrafficLight light =
        TrafficLight.of(chosenColour(named, chosen, fromFactors), fromFactors.factors());
    if (light.isEmpty()) {
      throw new InvalidValueException(EMPTY);
    }
    return TrafficLightCodec.encode(light);
  }

  /** The overall colour the team chose, or null to derive it; see the class comment. */
  private static Colour chosenColour(Colour named, Boolean chosen, TrafficLight fromFactors) {
    if (chosen == null) {
      return named;
    }
    if (chosen) {
      if (named == null) {
        throw new InvalidValueException(CHOSEN_WITHOUT_COLOUR);
      }
      return named;
    }
    if (named != null && !fromFactors.is(named)) {
      throw new InvalidValueException(COLOUR_NOT_DERIVED, named.name());
    }
    return null;
  }

  /** The factors as a light with a derived colour; none when {@code json} is null. */
  private static TrafficLight factors(Object json) {
    if (json == null) {
      return TrafficLight.none();
    }
    if (!(json instanceof List<?> items)) {
      throw new InvalidValueException(FACTORS_NOT_AN_ARRAY);
    }
    // Before reading any factor: a huge array is refused for its size, without reading it.
    if (items.size() > TrafficLight.MAX_FACTORS) {
      throw new InvalidValueException(
          TrafficLightMessages.TOO_MANY_FACTORS.key(), TrafficLight.MAX_FACTORS, items.size());
    }
    List<String> colours = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int number = i + 1;
      if (!(items.get(i) instanceof Map<?, ?> factor)) {
        throw new InvalidValueException(FACTOR_NOT_AN_OBJECT, number);
      }
      for (Object key : factor.keySet()) {
        if (!FACTOR_KEYS.contains(String.valueOf(key))) {
          throw new InvalidValueException(UNKNOWN_PROPERTY_IN_FACTOR, number, key);
        }
      }
      colours.add(factorString(factor, number, COLOUR));
      String text = factorString(factor, number, TEXT);
      if (text.isBlank()) {
        throw new InvalidValueException(FACTOR_BLANK, number);
      }
      texts.add(text);
    }
    // Every row has a colour and a text, so none is skipped; errors name the factor's number.
    return TrafficLightInput.from(null, colours, texts);
  }

  private static String string(Map<?, ?> object, String property) {
    Object value = object.get(property);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidValueException(NOT_A_STRING, property);
  }

  private static Boolean bool(Map<?, ?> object, String property) {
    Object value = object.get(property);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw new InvalidValueException(NOT_A_BOOLEAN, property);
  }

  private static String factorString(Map<?, ?> factor, int number, String property) {
    Object value = factor.get(property);
    if (value == null) {
      throw new InvalidValueException(FACTOR_PROPERTY_MISSING, number, property);
    }
    if (!(value instanceof String text)) {
      throw new InvalidValueException(NOT_A_STRING_IN_FACTOR, number, property);
    }
    return text;
  }
}
