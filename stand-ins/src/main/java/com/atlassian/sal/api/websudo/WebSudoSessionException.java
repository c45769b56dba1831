package com.atlassian.sal.api.websudo;

/**
 * Stand-in for the exception {@link WebSudoManager#willExecuteWebSudoRequest} throws without a
 * secure session. Named in the {@code throws} clause of
 * https://docs.atlassian.com/atlassian-bamboo/9.0.1/com/atlassian/sal/bamboo/websudo/BambooWebSudoManager.html;
 * its superclass (here {@code Exception}) is not confirmed. The app only catches it.
 */
public class WebSudoSessionException extends Exception {

  private static final long serialVersionUID = 1L;

  public WebSudoSessionException(String message) {
    super(message);
  }
}
