package com.accountgoals.jira.rows.fakes;

import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.user.ApplicationUser;

/** Small Jira values for the tests: users and resolutions. */
public final class Jiras {

  private Jiras() {}

  /** A user with the key {@code key} and the display name {@code displayName}. */
  public static ApplicationUser user(String key, String displayName) {
    return new ApplicationUser() {
      @Override
      public String getKey() {
        return key;
      }

      @Override
      public String getDisplayName() {
        return displayName;
      }
    };
  }

  /** A resolution with the id {@code id} and the name {@code name}. */
  public static Resolution resolution(String id, String name) {
    return new Resolution() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public String getName() {
        return name;
      }
    };
  }
}
