package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/**
 * Stand-in for SAL's check of the XSRF token a form posts.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/xsrf/BambooDelegatingXsrfTokenValidator.html
 * (Platform 7) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenValidator.html:
 * {@code boolean validateFormEncodedToken(HttpServletRequest)}, {@code String
 * getXsrfParameterName()}.
 */
public interface XsrfTokenValidator {

  boolean validateFormEncodedToken(HttpServletRequest request);

  String getXsrfParameterName();
}
