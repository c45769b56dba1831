package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.Verdict;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;
import java.time.LocalDate;

/**
 * One goal or milestone as a line of the board.
 *
 * @param key the issue key
 * @param summary the summary
 * @param level the level
 * @param scope whose goal it is
 * @param owner the owner; {@code null} for a team goal
 * @param dueDate the due date; {@code null} if none
 * @param outcome where it stands on the board's day
 * @param metOn the day it was met; {@code null} unless met
 * @param health its health; {@code null} unless it is an open business goal
 * @param colour its light's overall colour; {@code null} without a light
 */
public record GoalLine(
    IssueKey key,
    String summary,
    GoalLevel level,
    GoalScope scope,
    String owner,
    LocalDate dueDate,
    Outcome outcome,
    LocalDate metOn,
    Health health,
    Colour colour) {

  /** The line of {@code goal}, with what was found of it on the day. */
  public static GoalLine of(Goal goal, Verdict verdict, Health health, Colour colour) {
    return new GoalLine(
        goal.key(),
        goal.summary(),
        goal.level(),
        goal.scope(),
        goal.owner(),
        goal.dueDate(),
        verdict.outcome(),
        verdict.metOn(),
        health,
        colour);
  }
}
