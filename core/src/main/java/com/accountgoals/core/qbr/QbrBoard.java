package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.port.Completeness;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The picture for the quarterly business review of one account: a plain immutable value of records,
 * lists, numbers and dates, so the plugin can turn it into JSON as it is and a QBR record can keep
 * it as a snapshot. Built by {@link QbrBoards}; the same rows in any order give an equal board.
 *
 * @param project the account project
 * @param quarter the quarter under review
 * @param date the day the board was built for; every outcome and health is as of this day
 * @param accountLight the account's overall traffic light, for the top of the board
 * @param levels the account's goals per level, open, done and dropped
 * @param review the quarter's goals and milestones by outcome, its wins and what was dropped
 * @param health the open business goals' health and standings
 * @param lights the open goals' traffic lights, the goals by colour and the factors
 * @param kpis the KPIs' values this quarter and their change since the last, by key
 * @param findings SMART, alignment and milestone findings
 * @param nextQuarter open goals and milestones due in the next quarter, most urgent first
 * @param plan the rolling three-month plan from the board's month
 * @param owners individual versus team: the team's row first, then each owner by name
 * @param completeness whether the rows stopped at the source's cap (the board then says so, with
 *     the cap) and which issues were read only in part
 */
public record QbrBoard(
    ProjectKey project,
    Quarter quarter,
    LocalDate date,
    AccountLight accountLight,
    List<LevelCount> levels,
    QuarterReview review,
    HealthOverview health,
    LightOverview lights,
    Shortlist<Kpi> kpis,
    Findings findings,
    Shortlist<GoalLine> nextQuarter,
    RollingPlan plan,
    Shortlist<OwnerRollup> owners,
    Completeness completeness) {

  public QbrBoard {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(accountLight, "accountLight");
    levels = List.copyOf(levels);
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(lights, "lights");
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(nextQuarter, "nextQuarter");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(completeness, "completeness");
  }

  /** The number of goals the account has, at all levels. */
  public int goalCount() {
    return levels.stream().mapToInt(LevelCount::total).sum();
  }
}
