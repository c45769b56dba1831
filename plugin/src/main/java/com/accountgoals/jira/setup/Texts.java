package com.accountgoals.jira.setup;

import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.util.I18nHelper;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names setup gives its items and looks them up by: the text in Jira's default language (what
 * it creates), and also the English text, so that an item created while Jira spoke English is still
 * found after the default language changed.
 */
final class Texts {

  private final I18nHelper main;
  private final I18nHelper english;

  Texts(I18nHelper main, I18nHelper english) {
    this.main = main;
    this.english = english;
  }

  /** The texts for this run, in Jira's default language and in English. */
  static Texts forJira(I18nHelper.BeanFactory i18n, ApplicationProperties properties) {
    return new Texts(
        i18n.getInstance(properties.getDefaultLocale()), i18n.getInstance(Locale.ENGLISH));
  }

  /** The text of {@code key} in Jira's default language, or in English if it has none. */
  String text(String key) {
    String text = main.getText(key);
    return text == null || text.equals(key) ? english.getText(key) : text;
  }

  /** Every name an item with the name {@code key} may carry. */
  Set<String> names(String key) {
    Set<String> names = new LinkedHashSet<>();
    names.add(text(key));
    names.add(english.getText(key));
    return names;
  }

  /** Whether {@code name} is one of the names of {@code key} (ignoring case and outer spaces). */
  boolean isNameOf(String name, String key) {
    return name != null
        && names(key).stream()
            .anyMatch(candidate -> candidate.trim().equalsIgnoreCase(name.trim()));
  }
}
