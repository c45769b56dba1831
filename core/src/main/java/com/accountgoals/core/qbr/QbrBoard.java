package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The picture for the quarterly business review of one account: a plain immutable value of records,
 * lists, numbers and strings, so the plugin can turn it into JSON as it is and a QBR record can
 * keep it as a snapshot. Built by {@link QbrBoards}.
 *
 * @param project the account project
 * @param quarter the quarter under review
 * @param date the day the board was built for; outcomes and health are as of this day
 * @param levels goals per level, open and done
 * @param review goals and milestones due in the quarter, by outcome
 * @param health the open business goals' health
 * @param lights the traffic lights and their red and amber factors
 * @param kpis the KPI goals' values and change since the previous quarter, by key
 * @param findings goals failing SMART and goals without alignment
 * @param nextQuarter open goals and milestones due in the next quarter, by due date
 * @param plan the rolling three-month plan from the day of the board
 * @param owners individual versus team: the team's row first, then each owner by name
 */
public record QbrBoard(
    ProjectKey project,
    Quarter quarter,
    LocalDate date,
    List<LevelCount> levels,
    QuarterReview review,
    HealthOverview health,
    LightOverview lights,
    Shortlist<Kpi> kpis,
    Findings findings,
    Shortlist<GoalLine> nextQuarter,
    RollingPlan plan,
    Shortlist<OwnerRollup> owners) {

  public QbrBoard {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(date, "date");
    levels = List.copyOf(levels);
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(lights, "lights");
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(nextQuarter, "nextQuarter");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(owners, "owners");
  }

  /** The number of goals the account has, at all levels. */
  public int goalCount() {
    return levels.stream().mapToInt(LevelCount::total).sum();
  }
}
