package com.accountgoals.core.smart;

import com.accountgoals.core.message.Argument;
import java.util.List;
import java.util.Objects;

/**
 * Why a goal fails one SMART criterion: a message key and the typed data that explains it. Core
 * formats nothing: the adapter writes amounts, numbers and days in the reader's language (see
 * {@link SmartMessages} for each message's arguments).
 *
 * @param criterion the criterion that fails
 * @param messageKey the i18n key of the explanation
 * @param arguments the message's arguments
 */
public record SmartFinding(SmartCriterion criterion, String messageKey, List<Argument> arguments) {

  public SmartFinding {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  static SmartFinding of(SmartCriterion criterion, SmartMessages message, Argument... arguments) {
    return new SmartFinding(criterion, message.key(), List.of(arguments));
  }
}
