package com.accountgoals.jira.derived;

import com.accountgoals.core.trajectory.Health;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a health is written in JQL and in the index. JQL finds it by its English words ({@code "off
 * track"}) or its constant ({@code OFF_TRACK}), in lower case, upper case, sentence case or title
 * case: Jira's exact-text clause matches the typed value as one exact term, so the index holds each
 * of these spellings.
 */
final class HealthTerms {

  private HealthTerms() {}

  /** The constant of {@code health} as stored: {@code OFF_TRACK}. */
  static String constant(Health health) {
    return health.name();
  }

  /** The English words of {@code health}: {@code off track}. */
  static String words(Health health) {
    return health.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Every spelling JQL finds {@code health} by; the constant first. */
  static Set<String> all(Health health) {
    String words = words(health);
    Set<String> terms = new LinkedHashSet<>();
    terms.add(constant(health));
    terms.add(constant(health).toLowerCase(Locale.ROOT));
    terms.add(words);
    terms.add(words.toUpperCase(Locale.ROOT));
    terms.add(Character.toUpperCase(words.charAt(0)) + words.substring(1));
    terms.add(titleCase(words));
    return terms;
  }

  /** The health a stored value or a typed spelling names; empty for anything else. */
  static Optional<Health> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String constant = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (Health health : Health.values()) {
      if (health.name().equals(constant)) {
        return Optional.of(health);
      }
    }
    return Optional.empty();
  }

  private static String titleCase(String words) {
    StringBuilder title = new StringBuilder(words.length());
    boolean wordStart = true;
    for (char c : words.toCharArray()) {
      title.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ';
    }
    return title.toString();
  }
}
