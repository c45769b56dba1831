package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Objects;

/**
 * The key of a goal, milestone or action: a Jira issue key such as {@code ACME-42}, held as its
 * project and its number.
 *
 * <p>Held in parts rather than as text because a board compares, hashes and sorts the keys of every
 * row: keys built with one shared {@link ProjectKey} (as a source builds the keys of one project's
 * search page) compare their projects by identity and their numbers as numbers, without reading any
 * text.
 *
 * @param project the project (the account)
 * @param number the issue number, from 1, at most 18 digits
 */
public record IssueKey(ProjectKey project, long number) implements Comparable<IssueKey> {

  private static final long MAX_NUMBER = 999_999_999_999_999_999L;

  public IssueKey {
    Objects.requireNonNull(project, "project");
    if (number < 1 || number > MAX_NUMBER) {
      throw new InvalidValueException(
          GoalMessages.KEY_FORMAT.key(), project.value() + "-" + number);
    }
  }

  /**
   * Reads the key {@code text}: a project key, a hyphen and an issue number without leading zeros.
   *
   * @throws InvalidValueException with key {@code account-goals.goal.error.key-format} and the text
   */
  public static IssueKey of(String text) {
    Objects.requireNonNull(text, "text");
    if (!isIssueKey(text)) {
      throw new InvalidValueException(GoalMessages.KEY_FORMAT.key(), text);
    }
    int hyphen = text.lastIndexOf('-');
    return new IssueKey(
        new ProjectKey(text.substring(0, hyphen)), Long.parseLong(text.substring(hyphen + 1)));
  }

  /** The key of issue {@code number} of {@code project}. */
  public static IssueKey of(ProjectKey project, long number) {
    return new IssueKey(project, number);
  }

  /** The key as Jira writes it, {@code ACME-42}. */
  public String value() {
    return project.value() + "-" + number;
  }

  /** True when the key belongs to {@code project}. */
  public boolean isIn(ProjectKey other) {
    return project == other || project.equals(other);
  }

  /** Orders by project, then by issue number, so ACME-9 comes before ACME-10. */
  @Override
  public int compareTo(IssueKey other) {
    if (project != other.project) {
      int byProject = project.value().compareTo(other.project.value());
      if (byProject != 0) {
        return byProject;
      }
    }
    return Long.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IssueKey that
        && number == that.number
        && (project == that.project || project.equals(that.project));
  }

  @Override
  public int hashCode() {
    return 31 * project.hashCode() + Long.hashCode(number);
  }

  @Override
  public String toString() {
    return value();
  }

  // Hand-written rather than a regex: keys are read for every row a source delivers.
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
