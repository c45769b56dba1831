package com.accountgoals.jira.setup;

import java.util.List;
import java.util.Objects;

/**
 * One line of what setup did or found, as an i18n key and its arguments, translated when the admin
 * page shows it.
 *
 * @param key the i18n key, {@code account-goals.setup.*}
 * @param arguments the texts for the key's {@code {0}}, {@code {1}} ...
 */
public record SetupMessage(String key, List<String> arguments) {

  public SetupMessage {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  /** A message with the given arguments; a null argument is shown as an empty text. */
  public static SetupMessage of(String key, Object... arguments) {
    return new SetupMessage(
        key, java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList());
  }
}
