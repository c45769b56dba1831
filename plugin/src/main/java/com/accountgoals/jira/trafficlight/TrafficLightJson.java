package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.trafficlight.TrafficLightInput;
import com.accountgoals.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field's JSON in Jira's REST API, as the plain {@code Map}s and {@code List}s Jira's JSON
 * layer reads and writes.
 *
 * <pre>
 * {"colour": "RED", "chosen": false,
 *  "factors": [{"colour": "RED", "text": "Not on the preferred-supplier list"},
 *              {"colour": "GREEN", "text": "Product approved by IT"}]}
 * </pre>
 *
 * On the way out {@code colour} is the overall colour and {@code chosen} tells whether a person set
 * it; a stored value that cannot be read comes out as {@code {"unreadable": true}}. On the way in
 * {@code colour} may be left out or null to derive it from the factors, and {@code chosen} is
 * ignored (it follows from {@code colour}); a plain string is taken as a colour name ({@code
 * "RED"}) and null clears the field. Anything else is refused with a translatable error.
 */
final class TrafficLightJson {

  private static final Set<String> INPUT_KEYS = Set.of("colour", "chosen", "factors");
  private static final Set<String> FACTOR_KEYS = Set.of("colour", "text");

  private TrafficLightJson() {}

  /** The JSON of a stored value. */
  static Map<String, Object> toJson(StoredTrafficLight stored) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (stored instanceof StoredTrafficLight.Unreadable) {
      json.put("unreadable", true);
      return json;
    }
    TrafficLight light = ((StoredTrafficLight.Readable) stored).light();
    json.put("colour", light.overall().map(Enum::name).orElse(null));
    json.put("chosen", light.isOverallChosen());
    List<Map<String, Object>> factors = new ArrayList<>();
    for (Factor factor : light.factors()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("colour", factor.colour().name());
      item.put("text", factor.text());
      factors.add(item);
    }
    json.put("factors", factors);
    return json;
  }

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
      throw shape();
    }
    requireOnlyKeys(object, INPUT_KEYS);
    String overall = optionalString(object.get("colour"));
    List<String> colours = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Object factors = object.get("factors");
    if (factors != null) {
      if (!(factors instanceof List<?> list)) {
        throw shape();
      }
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> factor)) {
          throw shape();
        }
        requireOnlyKeys(factor, FACTOR_KEYS);
        colours.add(optionalString(factor.get("colour")));
        texts.add(optionalString(factor.get("text")));
      }
    }
    TrafficLight light = TrafficLightInput.from(overall, colours, texts);
    return light.isEmpty() ? "" : TrafficLightCodec.encode(light);
  }

  private static void requireOnlyKeys(Map<?, ?> object, Set<String> allowed) {
    for (Object key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidValueException(
            "account-goals.trafficlight.error.json-unknown-property", key);
      }
    }
  }

  private static String optionalString(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw shape();
  }

  private static InvalidValueException shape() {
    return new InvalidValueException("account-goals.trafficlight.error.json-shape");
  }
}
