package com.accountgoals.core.plan;

import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who does what, when: an ordinary Jira issue linked to the goal it serves ("introduce our service
 * manager to their IT lead").
 *
 * @param key the issue key
 * @param summary what is to be done
 * @param assignee the person doing it; {@code null} while unassigned
 * @param dueDate when it is due; {@code null} if nobody set a date
 * @param status open or done
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
    if (summary.isBlank()) {
      throw new InvalidValueException(PlanMessages.SUMMARY_BLANK.key(), key);
    }
    summary = summary.strip();
    assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
  }

  public boolean isOpen() {
    return status == GoalStatus.OPEN;
  }

  public boolean hasDueDate() {
    return dueDate != null;
  }
}
