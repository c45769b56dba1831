package com.accountgoals.jira.testing;

import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.Locale;

/** Authentication contexts whose user reads the app's bundle in a given language. */
public final class TestI18n {

  private TestI18n() {}

  public static JiraAuthenticationContext userSpeaking(Locale locale) {
    BundleI18n i18n = new BundleI18n(locale);
    return () -> i18n;
  }
}
