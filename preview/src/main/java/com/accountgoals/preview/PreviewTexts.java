package com.accountgoals.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** The preview frame's own texts ({@code preview/texts*.properties}) in the three languages. */
final class PreviewTexts {

  private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

  PreviewTexts() {
    for (Language language : Language.values()) {
      bundles.put(language, load(language));
    }
  }

  static Properties load(Language language) {
    String suffix = language == Language.ENGLISH ? "" : "_" + language.code();
    Properties properties = new Properties();
    try (InputStream in =
        PreviewTexts.class.getResourceAsStream("/preview/texts" + suffix + ".properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The text of {@code key} in {@code language}, with {@code arguments} filled in. */
  String text(Language language, String key, Object... arguments) {
    String pattern = bundles.get(language).getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no preview text " + key);
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
