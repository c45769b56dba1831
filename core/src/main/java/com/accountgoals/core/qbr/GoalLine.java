package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import java.time.LocalDate;

/**
 * One goal as a line of the board.
 *
 * @param key the issue key
 * @param summary the summary
 * @param level the level
 * @param owner the owner; {@code null} for a team goal
 * @param dueDate the due date; {@code null} if none
 * @param outcome where the goal stands on the board's day
 */
public record GoalLine(
    IssueKey key,
    String summary,
    GoalLevel level,
    String owner,
    LocalDate dueDate,
    Outcome outcome) {}
