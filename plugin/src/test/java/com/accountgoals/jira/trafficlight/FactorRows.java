package com.accountgoals.jira.trafficlight;

import com.accountgoals.jira.testing.FormParams;
import java.util.ArrayList;
import java.util.List;

/** Traffic lights as the edit form posts them and as they are stored, for the field's tests. */
final class FactorRows {

  private FactorRows() {}

  /** The edit form as posted: the overall colour, then the colour and text of each row. */
  static FormParams posted(String overall, String... coloursAndTexts) {
    List<String> keysAndValues = new ArrayList<>(List.of("overall", overall));
    for (int i = 0; i < coloursAndTexts.length; i += 2) {
      keysAndValues.addAll(List.of("colour", coloursAndTexts[i], "text", coloursAndTexts[i + 1]));
    }
    return FormParams.of(keysAndValues.toArray(String[]::new));
  }

  /**
   * {@code posted} plus an unreadable stored text the form carries, and the choice to replace it.
   */
  static FormParams replacing(String kept, FormParams posted) {
    posted.put(TrafficLightForm.KEEP, List.of(kept));
    posted.put(TrafficLightForm.REPLACE, List.of("true"));
    return posted;
  }

  /** The edit form posted with {@code count} green factors and nothing chosen. */
  static FormParams postedGreen(int count) {
    return posted("", greenRows(count).toArray(String[]::new));
  }

  /** The stored text of a light derived from {@code count} green factors. */
  static String storedGreen(int count) {
    StringBuilder stored = new StringBuilder("TL1 -");
    for (int i = 1; i <= count; i++) {
      stored.append("\nG Factor ").append(i);
    }
    return stored.toString();
  }

  private static List<String> greenRows(int count) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.addAll(List.of("GREEN", "Factor " + i));
    }
    return rows;
  }
}
