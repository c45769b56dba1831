package com.accountgoals.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The app's flat keys in SAL's global plugin settings, read and written as plain strings. A value
 * that cannot be read (edited by hand) is logged with its key and read as absent, so that the
 * caller uses its default; it is never written back here, only replaced when the caller saves.
 */
final class StoredSettings {

  /** Every key the app stores starts with this. */
  static final String PREFIX = "com.accountgoals.jira.";

  private final PluginSettings settings;
  private final Logger log;

  StoredSettings(PluginSettings settings, Logger log) {
    this.settings = settings;
    this.log = log;
  }

  /** The stored text of {@code key}, or empty when there is none or it is not text. */
  Optional<String> text(String key) {
    Object value = settings.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      return Optional.of(text);
    }
    unreadable(key, value);
    return Optional.empty();
  }

  /**
   * The stored value of {@code key} as {@code parser} reads it; empty (and logged) if it cannot.
   */
  <T> Optional<T> read(String key, Function<String, Optional<T>> parser) {
    return text(key)
        .flatMap(
            raw -> {
              Optional<T> parsed = parser.apply(raw);
              if (parsed.isEmpty()) {
                unreadable(key, raw);
              }
              return parsed;
            });
  }

  /** Logs that the stored value of {@code key} cannot be read and is kept as it is. */
  void unreadable(String key, Object value) {
    log.warn(
        "Stored setting {} has the unreadable value '{}': using the default for it; the stored"
            + " value is kept until an administrator saves the settings",
        key,
        value);
  }

  /** Stores {@code value} under {@code key}, or removes the key when the value is null. */
  void write(String key, String value) {
    if (value == null) {
      settings.remove(key);
    } else {
      settings.put(key, value);
    }
  }

  /** A parser for positive whole numbers (Jira ids). */
  static Optional<Long> positiveLong(String raw) {
    try {
      long value = Long.parseLong(raw.trim());
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
