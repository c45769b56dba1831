package com.accountgoals.jira.i18n;

import java.util.List;

/**
 * A message in the calling user's language: Jira's {@code I18nHelper} in the app ({@link
 * UserMessages}), a resource bundle with a chosen locale in tests and the preview.
 */
@FunctionalInterface
public interface MessageTexts {

  /** The text of {@code key} with {@code arguments} filled in. */
  String text(String key, List<?> arguments);
}
