package com.accountgoals.jira.i18n;

import com.accountgoals.core.validation.InvalidValueException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.List;

/** Translates core's problems and the app's messages into the calling user's language. */
public final class UserMessages implements MessageTexts {

  private final JiraAuthenticationContext authenticationContext;

  public UserMessages(JiraAuthenticationContext authenticationContext) {
    this.authenticationContext = authenticationContext;
  }

  /** The problem's message in the calling user's language, with its arguments filled in. */
  public String translate(InvalidValueException problem) {
    return text(problem.messageKey(), problem.arguments());
  }

  @Override
  public String text(String key, List<?> arguments) {
    // I18nHelper has no varargs getText: several arguments travel as one Object[].
    return authenticationContext.getI18nHelper().getText(key, arguments.toArray(new Object[0]));
  }
}
