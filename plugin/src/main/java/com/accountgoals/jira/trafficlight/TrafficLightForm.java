package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightInput;
import com.accountgoals.core.validation.InvalidValueException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edit form of the field, both ways: what the form posted, and what the form shows.
 *
 * <p>The form posts under sub-keys of the field id, which Jira hands over as keys of the field's
 * {@link CustomFieldParams} (as it does for the child of a cascading select): {@code
 * customfield_10000:overall} (always sent; empty means "derive from the factors"), one {@code
 * :colour} and one {@code :text} per factor row in the order shown, {@code :keep} with the stored
 * text when that text could not be read, and {@code :replace} when the person chose to replace that
 * text even if they entered nothing (which clears the field).
 */
final class TrafficLightForm {

  static final String OVERALL = "overall";
  static final String COLOUR = "colour";
  static final String TEXT = "text";
  static final String KEEP = "keep";
  static final String REPLACE = "replace";

  /** The colour of a new factor row: "could go either way" until the person says otherwise. */
  static final String NEW_COLOUR = Colour.AMBER.name();

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

  /**
   * The unreadable stored text to keep when nothing new was entered, or {@code null}: there is
   * none, or the person chose to replace it.
   */
  static String keptText(CustomFieldParams params) {
    return params.containsKey(REPLACE) ? null : first(params, KEEP);
  }

  /**
   * What the edit form shows for posted parameters (after a refused save, so nothing typed is
   * lost): {@code overall}, {@code rows} (each {@code colour} and {@code text}, plus {@code error}
   * when the row has a problem; the last one empty, for a new factor, while there is room), {@code
   * error} for a problem of the whole list, {@code keep} and {@code replace}, and the choices and
   * limits the form shows.
   *
   * @param translate the message of a problem in the user's language
   */
  static Map<String, Object> model(
      CustomFieldParams params, Function<InvalidValueException, String> translate) {
    List<String> colours = values(params, COLOUR);
    List<String> texts = values(params, TEXT);
    Map<Integer, InvalidValueException> problems = TrafficLightInput.problemsByRow(colours, texts);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Map<String, String> row =
          postedRow(i < colours.size() ? colours.get(i) : NEW_COLOUR, texts.get(i));
      InvalidValueException problem = problems.get(i + 1);
      if (problem != null) {
        row.put("error", translate.apply(problem));
      }
      rows.add(row);
    }
    String overall = nullToEmpty(first(params, OVERALL));
    Optional<InvalidValueException> overallProblem = colourProblem(overall);
    Map<String, Object> model =
        model(overallProblem.isPresent() ? overall : known(overall), rows, first(params, KEEP));
    model.put("replace", params.containsKey(REPLACE));
    overallProblem.ifPresent(
        p -> {
          model.put("overallUnknown", true);
          model.put("overallError", translate.apply(p));
        });
    if (problems.isEmpty() && overallProblem.isEmpty()) {
      listProblem(params, colours, texts).ifPresent(p -> model.put("error", translate.apply(p)));
    }
    return model;
  }

  /**
   * A posted row: a colour the form knows under its own name (a hand-made post may write {@code
   * red}), one it does not know as it came, marked {@code unknown}, so that the form shows "choose
   * a colour" rather than a colour nobody chose.
   */
  private static Map<String, String> postedRow(String colour, String text) {
    Map<String, String> row;
    try {
      row = row(Colour.parse(colour).name(), text);
    } catch (InvalidValueException unknown) {
      row = row(nullToEmpty(colour), text);
      row.put("unknown", "true");
    }
    return row;
  }

  /** Why the overall colour is not a colour; none for a colour or a blank (derive from factors). */
  private static Optional<InvalidValueException> colourProblem(String overall) {
    if (overall.isBlank()) {
      return Optional.empty();
    }
    try {
      Colour.parse(overall);
      return Optional.empty();
    } catch (InvalidValueException problem) {
      return Optional.of(problem);
    }
  }

  /** The form's name of a colour it knows; blank stays blank. */
  private static String known(String colour) {
    return colour.isBlank() ? colour : Colour.parse(colour).name();
  }

  /** A problem of the whole list (too many factors, incomplete rows), once every row is fine. */
  private static Optional<InvalidValueException> listProblem(
      CustomFieldParams params, List<String> colours, List<String> texts) {
    try {
      TrafficLightInput.from(first(params, OVERALL), colours, texts);
      return Optional.empty();
    } catch (InvalidValueException problem) {
      return Optional.of(problem);
    }
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
    if (rows.isEmpty()
        || !rows.get(rows.size() - 1).get(TEXT).isBlank()
            && rows.size() < TrafficLight.MAX_FACTORS) {
      rows.add(row(NEW_COLOUR, ""));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("overall", overall);
    model.put("rows", rows);
    model.put("full", rows.size() >= TrafficLight.MAX_FACTORS);
    model.put("keep", keep);
    model.put("replace", false);
    model.put("overallUnknown", false);
    model.put("newColour", NEW_COLOUR);
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
