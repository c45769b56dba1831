package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The maps the view, column-view and XML templates show. Only JDK types go in, so Jira's Velocity
 * method allowlist needs no entry for the app, and every user text is a plain {@code String} that
 * Jira's automatic HTML escaping escapes.
 *
 * <p>Keys: {@code state} ({@code none}, {@code light} or {@code unreadable}); for an unreadable
 * value {@code raw}, the stored text, shown so that nobody loses it; for a light {@code overall}
 * (e.g. {@code RED}), {@code overallCss} ({@code red}), {@code chosen} (whether a person set the
 * colour), {@code contradicted} (the person chose another colour than the factors give) with {@code
 * factorsColour} (the colour they give, or {@code ""}), {@code hasFactors}, and {@code factors},
 * each with {@code colour}, {@code colourCss} and {@code text}, in the team's order.
 */
final class TrafficLightViewModel {

  static final String STATE_NONE = "none";
  static final String STATE_LIGHT = "light";
  static final String STATE_UNREADABLE = "unreadable";

  private TrafficLightViewModel() {}

  static Map<String, Object> of(StoredTrafficLight stored) {
    if (stored instanceof StoredTrafficLight.Unreadable unreadable) {
      return Map.of("state", STATE_UNREADABLE, "raw", unreadable.raw());
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
    model.put("contradicted", light.isContradictedByFactors());
    model.put("factorsColour", light.factorsColour().map(Enum::name).orElse(""));
    model.put("hasFactors", !light.factors().isEmpty());
    model.put("factors", light.factors().stream().map(TrafficLightViewModel::factor).toList());
    return model;
  }

  private static Map<String, Object> factor(Factor factor) {
    return Map.of(
        "colour", factor.colour().name(), "colourCss", css(factor.colour()), "text", factor.text());
  }

  static String css(Colour colour) {
    return colour.name().toLowerCase(Locale.ROOT);
  }
}
