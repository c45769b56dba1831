package com.accountgoals.jira.i18n;

import com.accountgoals.core.validation.InvalidValueException;
import com.atlassian.jira.security.JiraAuthenticationContext;

/** Translates core's problems into the calling user's language. */
public final class UserMessages {

  private final JiraAuthenticationContext authenticationContext;

  public UserMessages(JiraAuthenticationContext authenticationContext) {
    this.authenticationContext = authenticationContext;
  }

  /** The problem's message in the calling user's language, with its arguments filled in. */
  public String translate(InvalidValueException problem) {
    // I18nHelper has no varargs getText: several arguments travel as one Object[].
    return authenticationContext
        .getI18nHelper()
        .getText(problem.messageKey(), problem.arguments().toArray(new Object[0]));
  }
}
