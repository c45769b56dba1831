package com.accountgoals.preview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the app speaks; the preview picks one per request. */
public enum Language {
  ENGLISH(Locale.ENGLISH),
  GERMAN(Locale.GERMAN),
  ITALIAN(Locale.ITALIAN);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the app's bundle in this language. */
  public Locale locale() {
    return locale;
  }

  /** The language code: {@code en}, {@code de}, {@code it}. */
  public String code() {
    return locale.getLanguage();
  }

  /** The language of {@code code} ({@code en}, {@code de}, {@code it}), if the app speaks it. */
  public static Optional<Language> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The caller's language: {@code ?lang=} if it names one the app speaks, else the best of the
   * Accept-Language header, else English (as Jira falls back to its default language).
   */
  public static Language of(String langParameter, String acceptLanguage) {
    Optional<Language> chosen = ofCode(langParameter);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
        List<Locale> spoken = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN);
        Locale best = Locale.lookup(ranges, spoken);
        if (best != null) {
          return ofCode(best.getLanguage()).orElse(ENGLISH);
        }
      } catch (IllegalArgumentException malformed) {
        return ENGLISH;
      }
    }
    return ENGLISH;
  }
}
