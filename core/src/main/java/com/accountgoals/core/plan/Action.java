package com.accountgoals.core.plan;

import com.accountgoals.core.goal.GoalMessages;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Texts;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who does what, when: an ordinary Jira issue linked to the goal it serves ("Present product C to
 * the plant managers").
 *
 * @param key the issue key
 * @param summary what is to be done: a single line of at most {@value Texts#MAX_LENGTH} characters,
 *     as a goal's summary
 * @param assignee the person doing it; {@code null} while unassigned
 * @param dueDate when it is due; {@code null} if nobody set a date
 * @param status open, done, or dropped (won't do, cancelled, duplicate): a dropped action is no
 *     work, and the plan leaves it out
 * @param supports the goal the action serves; {@code null} if it is not linked to one
 */
public record Action(
    IssueKey key,
    String summary,
    String assignee,
    LocalDate dueDate,
    GoalStatus status,
    IssueKey supports) {

  public Action {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(status, "status");
    summary = summary.strip();
    if (summary.isEmpty()) {
      throw new InvalidValueException(PlanMessages.SUMMARY_BLANK.key(), key);
    }
    summary = requireSingleLine(key, summary);
    assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
  }

  /**
   * The goal's rule for summaries, reported with the action's key: actions arrive from Jira by the
   * thousand, and the message must say which one to fix.
   */
  private static String requireSingleLine(IssueKey key, String summary) {
    try {
      return Texts.requireSingleLine(summary);
    } catch (InvalidValueException e) {
      if (GoalMessages.TEXT_TOO_LONG.key().equals(e.messageKey())) {
        int length = summary.codePointCount(0, summary.length());
        throw new InvalidValueException(
            PlanMessages.SUMMARY_TOO_LONG.key(), key, Texts.MAX_LENGTH, length);
      }
      throw new InvalidValueException(PlanMessages.SUMMARY_CONTROL_CHARACTER.key(), key);
    }
  }

  /** True while the action is still to be done. */
  public boolean isOpen() {
    return status == GoalStatus.OPEN;
  }

  /** True when the action was closed as won't do, cancelled or duplicate: it is no work. */
  public boolean isDropped() {
    return status == GoalStatus.DROPPED;
  }

  public boolean hasDueDate() {
    return dueDate != null;
  }
}
