package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Stand-in for SAL's user manager (an interface every product implements): who calls, and whether
 * they administer Jira.
 *
 * <p>Mirrors the implementing classes' pages, which list the interface's members:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/sal/confluence/user/SetupUserManager.html
 * ({@code UserKey getRemoteUserKey(javax.servlet.http.HttpServletRequest)}, {@code boolean
 * isAdmin(UserKey)}) and
 * https://docs.atlassian.com/atlassian-crowd/6.2.2/com/atlassian/sal/crowd/user/DefaultUserManager.html
 * (Platform 7, the same two members). Jira's own page of the interface for 10.x is not public.
 */
public interface UserManager {

  /** The calling user's key, or null when anonymous. */
  UserKey getRemoteUserKey(HttpServletRequest request);

  /** Whether the user is an administrator (system administrators included). */
  boolean isAdmin(UserKey userKey);
}
