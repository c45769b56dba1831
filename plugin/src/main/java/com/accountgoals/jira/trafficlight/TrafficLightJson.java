package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field's JSON out of Jira's REST API, as the plain {@code Map}s and {@code List}s Jira's JSON
 * layer reads and writes.
 *
 * <pre>
 * {"colour": "RED", "chosen": false,
 *  "factors": [{"colour": "RED", "text": "Not on the preferred-supplier list"},
 *              {"colour": "GREEN", "text": "Product approved by IT"}]}
 * </pre>
 *
 * {@code colour} is the overall colour and {@code chosen} tells whether a person set it; a stored
 * value that cannot be read comes out as {@code {"unreadable": true}}. {@link
 * TrafficLightJsonInput} reads the same shape on the way in.
 */
final class TrafficLightJson {

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
}
