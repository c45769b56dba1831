package com.accountgoals.jira.derived;

import com.accountgoals.core.trajectory.Health;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a health is written in JQL and in the index. JQL finds it by its constant ({@code OFF_TRACK})
 * or by its name in English, German or Italian as the app's bundles translate it ({@code "off
 * track"}, {@code "gefährdet"}, {@code "fuori rotta"}), so that the words a user reads on an issue
 * are the words they can search for. Jira's exact-text clause matches the typed value as one exact
 * term, so the index holds each name in lower case, upper case, sentence case and title case, and
 * German names with umlauts also as typed without them ({@code "gefaehrdet"}).
 */
final class HealthTerms {

  /** The app's bundles whose health names JQL finds: English, German and Italian. */
  static final List<String> BUNDLES =
      List.of(
          "i18n/account-goals.properties",
          "i18n/account-goals_de.properties",
          "i18n/account-goals_it.properties");

  private static final Logger LOG = LoggerFactory.getLogger(HealthTerms.class);

  private static final Map<Health, Set<String>> TERMS = terms(BUNDLES);

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
    return TERMS.get(health);
  }

  /** The health a stored value or a typed spelling names; empty for anything else. */
  static Optional<Health> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String typed = text.trim().toLowerCase(Locale.ROOT);
    for (Health health : Health.values()) {
      for (String term : all(health)) {
        if (term.toLowerCase(Locale.ROOT).equals(typed)) {
          return Optional.of(health);
        }
      }
    }
    return Optional.empty();
  }

  /** The spellings of every health, with the names the {@code bundles} give it. */
  static Map<Health, Set<String>> terms(List<String> bundles) {
    Map<Health, Set<String>> terms = new EnumMap<>(Health.class);
    List<Properties> names = bundles.stream().map(HealthTerms::load).toList();
    for (Health health : Health.values()) {
      Set<String> spellings = new LinkedHashSet<>();
      spellings.add(constant(health));
      spellings.add(constant(health).toLowerCase(Locale.ROOT));
      addSpellings(spellings, words(health));
      for (Properties bundle : names) {
        String name = bundle.getProperty(health.messageKey());
        if (name != null && !name.isBlank()) {
          addSpellings(spellings, name.trim());
        }
      }
      terms.put(health, Collections.unmodifiableSet(spellings));
    }
    return Collections.unmodifiableMap(terms);
  }

  private static void addSpellings(Set<String> into, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String base : List.of(lower, withoutUmlauts(lower))) {
      into.add(base);
      into.add(base.toUpperCase(Locale.ROOT));
      into.add(Character.toUpperCase(base.charAt(0)) + base.substring(1));
      into.add(titleCase(base));
    }
  }

  private static String withoutUmlauts(String lower) {
    return lower
        .replace("\u00e4", "ae")
        .replace("\u00f6", "oe")
        .replace("\u00fc", "ue")
        .replace("\u00df", "ss");
  }

  /** A bundle's texts; none (logged) when it is missing or cannot be read. */
  private static Properties load(String resource) {
    Properties bundle = new Properties();
    try (InputStream in = HealthTerms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        // The bundles are ASCII with Java escapes for other characters, which Properties reads.
        bundle.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        return bundle;
      }
    } catch (IOException e) {
      // Logged below, as a missing bundle is.
    }
    LOG.error("Bundle {} cannot be read: JQL finds the health only by its other names", resource);
    return bundle;
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
