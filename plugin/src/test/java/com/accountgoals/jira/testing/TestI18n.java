package com.accountgoals.jira.testing;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/** Authentication contexts whose user reads the app's bundle in a given language. */
public final class TestI18n {

  private TestI18n() {}

  public static JiraAuthenticationContext userSpeaking(Locale locale) {
    return withHelper(new BundleI18n(locale));
  }

  /** A context with an anonymous user whose texts come from {@code i18n}. */
  public static JiraAuthenticationContext withHelper(I18nHelper i18n) {
    return new JiraAuthenticationContext() {
      @Override
      public I18nHelper getI18nHelper() {
        return i18n;
      }

      @Override
      public ApplicationUser getLoggedInUser() {
        return null;
      }
    };
  }
}
