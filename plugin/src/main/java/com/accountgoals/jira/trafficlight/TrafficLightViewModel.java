package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The maps the view and column-view templates show. Only JDK types go in, so Jira's Velocity method
 * allowlist needs no entry for the app, and every user text is a plain {@code String} that Jira's
 * automatic HTML escaping escapes.
 *
 * <p>Keys: {@code state} ({@code none}, {@code light} or {@code unreadable}); for a light also
 * {@code overall} (e.g. {@code RED}), {@code overallCss} ({@code red}), {@code chosen} (whether a
 * person set the colour) and {@code groups}, the non-empty groups of factors, red first, each with
 * {@code colour}, {@code colourCss} and {@code factors} (texts in the team's order).
 */
final class TrafficLightViewModel {

  static final String STATE_NONE = "none";
  static final String STATE_LIGHT = "light";
  static final String STATE_UNREADABLE = "unreadable";

  private TrafficLightViewModel() {}

  static Map<String, Object> of(StoredTrafficLight stored) {
    if (stored instanceof StoredTrafficLight.Unreadable) {
      return Map.of("state", STATE_UNREADABLE);
    }
    TrafficLight light = ((StoredTrafficLight.Readable) stored).light();
    return light.overall().map(overall -> ofLight(light, overall)).orElse(none());
  }

  static Map<String, Object> none() {
    return Map.of("state", STATE_NONE);
  }

  private static Map<String, Object> ofLight(TrafficLight light, Colour overall) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("state", STATE_LIGHT);
    model.put("overall", overall.name());
    model.put("overallCss", css(overall));
    model.put("chosen", light.isOverallChosen());
    model.put("groups", groups(light));
    return model;
  }

  private static List<Map<String, Object>> groups(TrafficLight light) {
    List<Map<String, Object>> groups = new ArrayList<>();
    light
        .factorsByColour()
        .forEach(
            (colour, factors) -> {
              if (!factors.isEmpty()) {
                groups.add(
                    Map.of(
                        "colour", colour.name(),
                        "colourCss", css(colour),
                        "factors", factors.stream().map(Factor::text).toList()));
              }
            });
    return groups;
  }

  static String css(Colour colour) {
    return colour.name().toLowerCase(Locale.ROOT);
  }
}
