package com.atlassian.sal.api.websudo;

/**
 * Stand-in for the exception {@link WebSudoManager#willExecuteWebSudoRequest} throws without a
 * secure session: unchecked, with a message constructor (the app only catches it; tests throw it).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoSessionException.html
 * ({@code public class WebSudoSessionException extends RuntimeException}, constructor {@code
 * (String)}); named in the {@code throws} clause of Bamboo 9's {@code BambooWebSudoManager}.
 */
public class WebSudoSessionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WebSudoSessionException(String message) {
    super(message);
  }
}
