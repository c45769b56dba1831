package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Objects;

/**
 * The key of a goal, milestone or action: a Jira issue key such as {@code ACME-42}.
 *
 * @param value a project key (an upper-case letter, then upper-case letters, digits or {@code _}),
 *     a hyphen and an issue number without leading zeros
 */
public record IssueKey(String value) implements Comparable<IssueKey> {

  public IssueKey {
    Objects.requireNonNull(value, "value");
    if (!isIssueKey(value)) {
      throw new InvalidValueException(GoalMessages.KEY_FORMAT.key(), value);
    }
  }

  /** The key {@code text}. */
  public static IssueKey of(String text) {
    return new IssueKey(text);
  }

  /** The project (account) the goal belongs to: the part before the hyphen. */
  public ProjectKey project() {
    return new ProjectKey(value.substring(0, value.lastIndexOf('-')));
  }

  /**
   * True when the key belongs to {@code project}. Without building the project key: a board asks it
   * of every row.
   */
  public boolean isIn(ProjectKey project) {
    String projectKey = project.value();
    return value.length() > projectKey.length()
        && value.charAt(projectKey.length()) == '-'
        && value.startsWith(projectKey);
  }

  /** The issue number: the part after the hyphen. */
  public long number() {
    return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
  }

  /** Orders by project, then by issue number, so ACME-9 comes before ACME-10. */
  @Override
  public int compareTo(IssueKey other) {
    // Without substrings: boards sort many keys.
    String a = value;
    String b = other.value;
    if (a.length() == b.length()) {
      // Keys of equal length order as their text: up to the first difference both are the same;
      // there a project character (letter, digit, _) sorts after the hyphen, as a longer project
      // sorts after its prefix; within one project, equal lengths mean as many digits. Comparing
      // the text is much faster than finding both hyphens, and keys of one project mostly have
      // equally many digits.
      return a.compareTo(b);
    }
    int hyphenA = a.lastIndexOf('-');
    if (isSameProject(a, hyphenA, b)) {
      // The common case on a board: one project, numbers of different lengths.
      return Integer.compare(a.length(), b.length());
    }
    int hyphenB = b.lastIndexOf('-');
    int byProject = compareRegions(a, 0, hyphenA, b, 0, hyphenB);
    if (byProject != 0) {
      return byProject;
    }
    int digitsA = a.length() - hyphenA - 1;
    int digitsB = b.length() - hyphenB - 1;
    if (digitsA != digitsB) {
      return Integer.compare(digitsA, digitsB); // no leading zeros: more digits, larger number
    }
    return compareRegions(a, hyphenA + 1, a.length(), b, hyphenB + 1, b.length());
  }

  /**
   * True when {@code b} has its hyphen where {@code a} has it, at {@code hyphenA}, and the same
   * characters before it. A project key holds no hyphen, so then both have the same project; this
   * spares finding the hyphen of {@code b}.
   */
  private static boolean isSameProject(String a, int hyphenA, String b) {
    return b.length() > hyphenA && b.charAt(hyphenA) == '-' && a.regionMatches(0, b, 0, hyphenA);
  }

  private static int compareRegions(String a, int fromA, int toA, String b, int fromB, int toB) {
    int length = Math.min(toA - fromA, toB - fromB);
    for (int i = 0; i < length; i++) {
      int difference = a.charAt(fromA + i) - b.charAt(fromB + i);
      if (difference != 0) {
        return difference;
      }
    }
    return Integer.compare(toA - fromA, toB - fromB);
  }

  @Override
  public String toString() {
    return value;
  }

  // Hand-written rather than a regex: keys are built for every row the board reads.
  private static boolean isIssueKey(String text) {
    int hyphen = text.lastIndexOf('-');
    if (hyphen < 1 || hyphen == text.length() - 1 || text.length() - hyphen - 1 > 18) {
      return false;
    }
    if (!ProjectKey.isProjectKey(text.substring(0, hyphen))) {
      return false;
    }
    if (text.charAt(hyphen + 1) == '0') {
      return false;
    }
    for (int i = hyphen + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
