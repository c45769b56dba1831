package com.accountgoals.core.smart;

import java.util.List;
import java.util.Objects;

/**
 * Why a goal fails one SMART criterion: a message key and the data that explains it.
 *
 * @param criterion the criterion that fails
 * @param messageKey the i18n key of the explanation
 * @param arguments the message's arguments in display form: numbers rounded to two decimals with a
 *     dot, dates as ISO {@code 2026-10-31}, keys as {@code ACME-7}
 */
public record SmartFinding(SmartCriterion criterion, String messageKey, List<String> arguments) {

  public SmartFinding {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  static SmartFinding of(SmartCriterion criterion, SmartMessages message, Object... arguments) {
    String[] display = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      display[i] = Display.of(arguments[i]);
    }
    return new SmartFinding(criterion, message.key(), List.of(display));
  }
}
