package com.accountgoals.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * Bad input that core refused. It carries a message key from the app's i18n bundles and the
 * arguments for that message, so that every layer can show the problem in the user's language. Core
 * never builds a partial value: when this is thrown, nothing was created or changed.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<String> arguments;

  /**
   * @param messageKey an i18n key such as {@code account-goals.trafficlight.error.too-many-factors}
   * @param arguments the values the message refers to, already in display form
   */
  public InvalidValueException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
  }

  /** The i18n key of the message that explains the problem. */
  public String messageKey() {
    return messageKey;
  }

  /** The arguments of the message, in the order the message uses them ({0}, {1}, ...). */
  public List<String> arguments() {
    return arguments;
  }
}
