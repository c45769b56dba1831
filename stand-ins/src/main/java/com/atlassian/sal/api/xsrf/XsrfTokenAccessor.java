package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in for SAL's access to the user's XSRF token (Jira's {@code atl_token}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenAccessor.html
 * and
 * https://docs.atlassian.com/atlassian-crowd/6.1.0/com/atlassian/sal/crowd/xsrf/CrowdXsrfTokenAccessor.html
 * (Platform 7): {@code String getXsrfToken(HttpServletRequest, HttpServletResponse, boolean
 * create)}.
 */
public interface XsrfTokenAccessor {

  String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
