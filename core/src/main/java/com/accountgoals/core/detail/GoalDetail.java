package com.accountgoals.core.detail;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Verdict;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Progress;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the goal panel shows of one goal or milestone on a day, in the panel's order. A plain value
 * of records, lists, numbers and dates, like the board.
 *
 * @param goal the goal as read: summary, metric (unit, baseline, target, readings, target history)
 *     and traffic light
 * @param date the day everything is judged on
 * @param verdict where the goal stands on that day (a milestone on its business goal's metric)
 * @param health its health; {@code null} unless it is an open business goal
 * @param why the reason for the health in one sentence; {@code null} when {@code health} is
 * @param progress how far it has come; {@code null} when there is no way to measure (floors,
 *     ceilings, no reading, no start)
 * @param standing a business goal's plan (current and original), dated readings and target history,
 *     for the trajectory chart; {@code null} for other goals
 * @param smart the SMART check, with what to change for each criterion that fails
 * @param supports the visible goals this one supports (up), by key
 * @param supportedBy the goals and milestones of the account that support this one (down), by key
 */
public record GoalDetail(
    Goal goal,
    LocalDate date,
    Verdict verdict,
    Health health,
    HealthReason why,
    Progress progress,
    Standing standing,
    SmartAssessment smart,
    List<GoalLine> supports,
    List<GoalLine> supportedBy) {

  public GoalDetail {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(smart, "smart");
    supports = List.copyOf(supports);
    supportedBy = List.copyOf(supportedBy);
  }
}
