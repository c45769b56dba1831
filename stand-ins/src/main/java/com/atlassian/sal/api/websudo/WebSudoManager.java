package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in for SAL's WebSudo ("secure administrator session") manager.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
 * and
 * https://docs.atlassian.com/atlassian-bamboo/9.0.1/com/atlassian/sal/bamboo/websudo/BambooWebSudoManager.html
 * (both implement the interface on Platform 7/6: {@code void
 * enforceWebSudoProtection(HttpServletRequest, HttpServletResponse)}, {@code void
 * willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException}).
 */
public interface WebSudoManager {

  /** Sends the user to the product's password prompt, then back. */
  void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

  /** Marks the request as a WebSudo request; throws when there is no secure session. */
  void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
