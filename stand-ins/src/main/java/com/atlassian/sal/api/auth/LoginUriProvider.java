package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stand-in for SAL's provider of the product's login page.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html
 * (implements the interface: {@code URI getLoginUri(URI returnUri)}); called the same way by
 * Atlassian's admin-page tutorial servlet (MyPluginServlet, refapp tutorial).
 */
public interface LoginUriProvider {

  /** The login page that returns the user to {@code returnUri} afterwards. */
  URI getLoginUri(URI returnUri);
}
