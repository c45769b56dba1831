package com.accountgoals.core.trafficlight;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a person entered (an edit form, a REST call) into a traffic light.
 *
 * <p>The input is the overall colour as text (blank for "derive it from the factors") and the
 * factors as two parallel lists of colour names and texts, in the order the person put them. Rows
 * whose text is blank are left out: they are the empty rows an edit form offers for new factors.
 * Any other problem is refused as a whole with a translatable error that names the row.
 */
public final class TrafficLightInput {

  private TrafficLightInput() {}

  /**
   * @param overall {@code GREEN}, {@code AMBER}, {@code RED} (any case), or blank / {@code null}
   * @param colours the colour of each factor row
   * @param texts the text of each factor row; as many as {@code colours}
   * @throws InvalidValueException naming the first problem; nothing is built
   */
  public static TrafficLight from(String overall, List<String> colours, List<String> texts) {
    Colour chosen = overall == null || overall.isBlank() ? null : Colour.parse(overall);
    if (colours.size() != texts.size()) {
      throw new InvalidValueException(
          "account-goals.trafficlight.error.factor-rows-incomplete", colours.size(), texts.size());
    }
    List<Factor> factors = new ArrayList<>();
    for (int row = 0; row < texts.size(); row++) {
      if (isFilled(texts.get(row))) {
        factors.add(factorInRow(row + 1, colours.get(row), texts.get(row)));
      }
    }
    return TrafficLight.of(chosen, factors);
  }

  /**
   * The problem of every factor row that has one, so that a form can show each beside its row.
   *
   * @param colours the colour of each row; rows past the end of this list are left to {@link
   *     #from}, which refuses the whole list as incomplete
   * @param texts the text of each row; blank rows have no problem
   * @return the problems by row number, counted from 1; their messages do not name the row, since
   *     they are shown beside it (and rows may be renumbered before the next save)
   */
  public static Map<Integer, InvalidValueException> problemsByRow(
      List<String> colours, List<String> texts) {
    Map<Integer, InvalidValueException> problems = new LinkedHashMap<>();
    for (int row = 0; row < Math.min(colours.size(), texts.size()); row++) {
      if (isFilled(texts.get(row))) {
        try {
          Factor.of(Colour.parse(colours.get(row)), texts.get(row));
        } catch (InvalidValueException problem) {
          problems.put(row + 1, problem);
        }
      }
    }
    return problems;
  }

  private static boolean isFilled(String text) {
    return text != null && !text.isBlank();
  }

  /** The row-naming variant of each factor problem that a form row can have. */
  private static final Map<String, String> IN_ROW =
      Map.of(
          TrafficLightMessages.UNKNOWN_COLOUR.key(),
          TrafficLightMessages.UNKNOWN_COLOUR_IN_ROW.key(),
          TrafficLightMessages.FACTOR_TOO_LONG.key(),
          TrafficLightMessages.FACTOR_TOO_LONG_IN_ROW.key(),
          TrafficLightMessages.FACTOR_CONTROL_CHARACTER.key(),
          TrafficLightMessages.FACTOR_CONTROL_CHARACTER_IN_ROW.key());

  private static Factor factorInRow(int row, String colour, String text) {
    try {
      return Factor.of(Colour.parse(colour), text);
    } catch (InvalidValueException problem) {
      List<Object> arguments = new ArrayList<>();
      arguments.add(row);
      arguments.addAll(problem.arguments());
      String key = IN_ROW.getOrDefault(problem.messageKey(), problem.messageKey());
      throw new InvalidValueException(key, arguments.toArray());
    }
  }
}
