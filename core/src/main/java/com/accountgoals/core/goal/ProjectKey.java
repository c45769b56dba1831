package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Objects;

/**
 * The key of an account project in Jira, such as {@code ACME}: one account, one project.
 *
 * @param value an upper-case letter followed by upper-case letters, digits or {@code _}
 */
public record ProjectKey(String value) {

  public ProjectKey {
    Objects.requireNonNull(value, "value");
    if (!isProjectKey(value)) {
      throw new InvalidValueException(GoalMessages.PROJECT_KEY_FORMAT.key(), value);
    }
  }

  /** The project key {@code text}. */
  public static ProjectKey of(String text) {
    return new ProjectKey(text);
  }

  @Override
  public String toString() {
    return value;
  }

  static boolean isProjectKey(String text) {
    if (text.isEmpty() || text.length() > 255 || !isUpperLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUpperLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
