package com.accountgoals.jira.testing;

import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * An {@link I18nHelper} over the app's own bundle in one language, formatting with {@link
 * MessageFormat} as Jira does. A missing key fails the test instead of showing the key.
 */
public final class BundleI18n implements I18nHelper {

  private final Locale locale;
  private final Properties bundle;

  public BundleI18n(Locale locale) {
    this.locale = locale;
    this.bundle = load(locale);
  }

  /** The bundle of {@code locale}: {@code account-goals_de.properties} for German, and so on. */
  public static Properties load(Locale locale) {
    String suffix = locale.getLanguage().equals("en") ? "" : "_" + locale.getLanguage();
    String path = "/i18n/account-goals" + suffix + ".properties";
    Properties properties = new Properties();
    try (InputStream in = BundleI18n.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + path);
      }
      properties.load(in); // ISO-8859-1, as Jira reads bundles
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public Locale getLocale() {
    return locale;
  }

  @Override
  public String getText(String key) {
    return getText(key, new Object[0]);
  }

  @Override
  public String getText(String key, Object parameters) {
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      throw new AssertionError("i18n key missing from the " + locale + " bundle: " + key);
    }
    Object[] arguments = parameters instanceof Object[] array ? array : new Object[] {parameters};
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /** Jira's three-argument overload, used by templates with two string arguments. */
  public String getText(String key, String first, String second) {
    return getText(key, new Object[] {first, second});
  }
}
