package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Stand-in for SAL's user key, a final value class. The app passes it from {@link
 * UserManager#getRemoteUserKey} to {@link UserManager#isAdmin} and calls none of its members; the
 * constructor is here for tests.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (SAL
 * source) ({@code public final class UserKey implements Serializable}, constructor {@code
 * UserKey(String)}).
 */
public final class UserKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String userKey;

  public UserKey(String userKey) {
    this.userKey = userKey;
  }

  @Override
  public String toString() {
    return userKey;
  }
}
