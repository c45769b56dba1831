package com.accountgoals.standinchecks.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a stand-in declaration was checked: its level, the Jira version of the evidence and the
 * pages. Blank columns mean the declaration is new or changed and nobody has vouched for it yet.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 *
 * @param level one of {@link Level#label()}, or blank
 * @param jira the Jira version(s) the evidence is from, such as {@code 7.x; 6.x source}
 * @param pages the pages or source files it was checked against, then an optional note
 */
public record Evidence(String level, String jira, String pages) {

  static final Evidence MISSING = new Evidence("", "", "");

  /** How recent the newest evidence for a declaration is. */
  public enum Level {
    /** A Jira 10.x page, or code compiled against jira-api 10.x. */
    JIRA_10("10.x"),
    /** A Jira 8.x or 9.x page, or code compiled against it. */
    JIRA_8_OR_9("8.x/9.x"),
    /** Jira 7.x Javadoc or older source only. */
    JIRA_7_ONLY("7.x only");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Optional<Level> of(String label) {
      return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }
  }

  /** Why this evidence is not enough, or empty when it names a level, a version and a page. */
  Optional<String> problem() {
    if (Level.of(level).isEmpty()) {
      return Optional.of(
          "level is '"
              + level
              + "', expected one of "
              + Arrays.stream(Level.values()).map(Level::label).toList());
    }
    if (jira.isBlank()) {
      return Optional.of("no Jira version of the evidence");
    }
    if (!pages.contains("https://")) {
      return Optional.of("no page (https://...) the declaration was checked against");
    }
    return Optional.empty();
  }
}
