package com.accountgoals.preview;

import com.accountgoals.jira.testing.BundleI18n;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The app's own i18n bundle ({@code i18n/account-goals*.properties}, from the app's jar) in one
 * language: the texts Jira's web-resource i18n would give the app's scripts, and the titles the
 * descriptor names by key.
 */
final class BundleTexts {

  private final Language language;
  private final Properties bundle;

  private BundleTexts(Language language) {
    this.language = language;
    this.bundle = BundleI18n.load(language.locale());
  }

  static BundleTexts of(Language language) {
    return new BundleTexts(language);
  }

  /** The text of {@code key}, or the key itself when the bundle lacks it (as Jira shows it). */
  String text(String key) {
    String pattern = bundle.getProperty(key);
    return pattern == null
        ? key
        : new MessageFormat(pattern, language.locale()).format(new Object[0]);
  }

  /** Every key with its pattern, sorted by key. */
  TreeMap<String, String> patterns() {
    TreeMap<String, String> all = new TreeMap<>();
    bundle.stringPropertyNames().forEach(k -> all.put(k, bundle.getProperty(k)));
    return all;
  }
}
