package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightInput;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit form of the field, both ways: what the form posted, and what the form shows.
 *
 * <p>The form posts under sub-keys of the field id, which Jira hands over as keys of the field's
 * {@link CustomFieldParams} (as it does for the child of a cascading select): {@code
 * customfield_10000:overall} (always sent; empty means "derive from the factors"), one {@code
 * :colour} and one {@code :text} per factor row in the order shown, and {@code :keep} with the
 * stored text when that text could not be read and the person entered nothing new.
 */
final class TrafficLightForm {

  static final String OVERALL = "overall";
  static final String COLOUR = "colour";
  static final String TEXT = "text";
  static final String KEEP = "keep";

  private TrafficLightForm() {}

  /** True when the parameters came from this field's edit form. */
  static boolean isSubmission(CustomFieldParams params) {
    return params != null && params.containsKey(OVERALL);
  }

  /** The light the form describes; may be {@link TrafficLight#none()}. */
  static TrafficLight light(CustomFieldParams params) {
    return TrafficLightInput.from(
        first(params, OVERALL), values(params, COLOUR), values(params, TEXT));
  }

  /** The unreadable stored text the form asks to keep, or {@code null}. */
  static String keptText(CustomFieldParams params) {
    return first(params, KEEP);
  }

  /**
   * What the edit form shows for posted parameters (after a refused save, so nothing typed is
   * lost): {@code overall}, {@code rows} (each {@code colour} and {@code text}; the last one empty,
   * for a new factor), {@code keep}, and the choices and limits the form shows.
   */
  static Map<String, Object> model(CustomFieldParams params) {
    List<String> colours = values(params, COLOUR);
    List<String> texts = values(params, TEXT);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(row(i < colours.size() ? colours.get(i) : Colour.AMBER.name(), texts.get(i)));
    }
    return model(nullToEmpty(first(params, OVERALL)), rows, keptText(params));
  }

  /** What the edit form shows for a stored value. */
  static Map<String, Object> model(StoredTrafficLight stored) {
    if (stored instanceof StoredTrafficLight.Unreadable unreadable) {
      return model("", new ArrayList<>(), unreadable.raw());
    }
    TrafficLight light = ((StoredTrafficLight.Readable) stored).light();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Factor factor : light.factors()) {
      rows.add(row(factor.colour().name(), factor.text()));
    }
    return model(light.chosenOverall().map(Enum::name).orElse(""), rows, null);
  }

  /** What the edit form shows when there is no value yet. */
  static Map<String, Object> empty() {
    return model("", new ArrayList<>(), null);
  }

  private static Map<String, Object> model(
      String overall, List<Map<String, String>> rows, String keep) {
    if (rows.isEmpty() || !rows.get(rows.size() - 1).get(TEXT).isBlank()) {
      // The row for a new factor; "could go either way" until the person says otherwise.
      rows.add(row(Colour.AMBER.name(), ""));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("overall", overall);
    model.put("rows", rows);
    model.put("keep", keep);
    model.put("colours", Arrays.stream(Colour.values()).map(Enum::name).toList());
    model.put("maxFactors", TrafficLight.MAX_FACTORS);
    model.put("maxLength", Factor.MAX_TEXT_LENGTH);
    return model;
  }

  private static Map<String, String> row(String colour, String text) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("colour", colour);
    row.put("text", nullToEmpty(text));
    return row;
  }

  private static String first(CustomFieldParams params, String key) {
    List<String> values = values(params, key);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> values(CustomFieldParams params, String key) {
    Collection<?> raw = params == null ? null : params.getValuesForKey(key);
    List<String> values = new ArrayList<>();
    if (raw != null) {
      for (Object value : raw) {
        values.add(value == null ? null : value.toString());
      }
    }
    return values;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
