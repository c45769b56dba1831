package com.accountgoals.jira.rows.mapping;

import com.atlassian.jira.issue.resolution.Resolution;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolutions proposed as "dropped" until an administrator chooses: those whose names say won't
 * do, won't fix, duplicate, cancelled (or canceled), declined or obsolete, where a Jira has them.
 * Names are compared without case, spaces and apostrophes, so "Won't Do", "Won’t do" and "WONT DO"
 * all match. The admin page shows the same proposal.
 */
public final class DroppedResolutions {

  private static final Set<String> DROPPED_NAMES =
      Set.of("wontdo", "wontfix", "duplicate", "cancelled", "canceled", "declined", "obsolete");

  private DroppedResolutions() {}

  /** The ids of the resolutions among {@code resolutions} whose names say dropped, sorted. */
  public static Set<String> propose(Collection<Resolution> resolutions) {
    Set<String> ids = new TreeSet<>();
    for (Resolution resolution : resolutions) {
      if (resolution.getName() != null
          && DROPPED_NAMES.contains(normalised(resolution.getName()))) {
        ids.add(resolution.getId());
      }
    }
    return ids;
  }

  private static String normalised(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }
}
