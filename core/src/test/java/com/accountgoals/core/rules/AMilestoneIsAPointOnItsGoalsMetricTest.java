package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.OutcomeCounts;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.trajectory.MilestoneFinding;
import com.accountgoals.core.trajectory.MilestoneProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A milestone is a point on its business goal's metric")
class AMilestoneIsAPointOnItsGoalsMetricTest {

  private static final LocalDate DEC_15 = LocalDate.of(2026, 12, 15);

  /** Licences: 400 in April to 500 by March; readings at the end of each month but November. */
  private static Goal licences() {
    return aBusinessGoal()
        .key("VOLTA-2")
        .summary("Sell 25 % more grid-planner licences than last year")
        .unit("licences")
        .wholeNumbers()
        .baseline(400, LocalDate.of(2026, 4, 1))
        .target(500)
        .due(LocalDate.of(2027, 3, 31))
        .reading(430, LocalDate.of(2026, 9, 30))
        .reading(452, LocalDate.of(2026, 10, 31))
        .reading(468, LocalDate.of(2026, 12, 10))
        .build();
  }

  private static Goal milestone(String key, double value, LocalDate due) {
    return aMilestone().key(key).supports("VOLTA-2").target(value).due(due).build();
  }

  private static QbrBoard fourthQuarter(List<Goal> goals) {
    return com.accountgoals.core.qbr.QbrBoards.build(
        com.accountgoals.core.goal.ProjectKey.of("VOLTA"),
        new com.accountgoals.core.port.AccountRows(goals, List.of()),
        com.accountgoals.core.quarter.FiscalCalendar.CALENDAR_YEAR.quarterOf(DEC_15),
        DEC_15);
  }

  @Test
  void theGoalsReadingsTellWhetherEachMilestoneWasReached() {
    QbrBoard board =
        fourthQuarter(
            List.of(
                licences(),
                milestone("VOLTA-3", 450, LocalDate.of(2026, 10, 31)),
                milestone("VOLTA-4", 460, LocalDate.of(2026, 11, 30)),
                milestone("VOLTA-5", 480, LocalDate.of(2026, 12, 1)),
                milestone("VOLTA-6", 490, LocalDate.of(2026, 12, 31))));

    assertThat(board.review().milestones()).isEqualTo(new OutcomeCounts(1, 1, 0, 0, 0, 0, 1, 1));
    assertThat(board.review().milestoneLines().shown())
        .extracting(GoalLine::key, GoalLine::outcome)
        .contains(
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("VOLTA-3"), Outcome.MET_ON_TIME),
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("VOLTA-4"), Outcome.MET_LATE),
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("VOLTA-5"), Outcome.OVERDUE),
            org.assertj.core.groups.Tuple.tuple(IssueKey.of("VOLTA-6"), Outcome.UPCOMING));
  }

  @Test
  void twoMilestonesOnOneDayAreAFindingWhateverOrderJiraReturnsThemIn() {
    List<Goal> goals =
        new ArrayList<>(
            List.of(
                licences(),
                milestone("VOLTA-3", 450, LocalDate.of(2026, 10, 31)),
                milestone("VOLTA-8", 455, LocalDate.of(2026, 10, 31))));
    QbrBoard inOrder = fourthQuarter(goals);
    java.util.Collections.reverse(goals);
    QbrBoard reversed = fourthQuarter(goals);

    assertThat(inOrder).isEqualTo(reversed);
    assertThat(inOrder.findings().milestones().shown())
        .extracting(MilestoneFinding::problem, MilestoneFinding::milestone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MilestoneProblem.SAME_DAY, IssueKey.of("VOLTA-8")));
  }

  @Test
  void milestonesBeforeTheBaselinePastTheDueDateOrAgainstTheDirectionAreFindings() {
    QbrBoard board =
        fourthQuarter(
            List.of(
                licences(),
                milestone("VOLTA-11", 410, LocalDate.of(2026, 3, 1)),
                milestone("VOLTA-12", 505, LocalDate.of(2027, 5, 1)),
                milestone("VOLTA-13", 440, LocalDate.of(2026, 8, 31)),
                milestone("VOLTA-14", 420, LocalDate.of(2026, 10, 31)),
                milestone("VOLTA-15", 520, LocalDate.of(2027, 2, 28))));

    assertThat(board.findings().milestones().shown())
        .extracting(MilestoneFinding::milestone, MilestoneFinding::problem)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                IssueKey.of("VOLTA-11"), MilestoneProblem.BEFORE_BASELINE),
            org.assertj.core.groups.Tuple.tuple(
                IssueKey.of("VOLTA-12"), MilestoneProblem.AFTER_DUE_DATE),
            org.assertj.core.groups.Tuple.tuple(
                IssueKey.of("VOLTA-14"), MilestoneProblem.AGAINST_DIRECTION),
            org.assertj.core.groups.Tuple.tuple(
                IssueKey.of("VOLTA-15"), MilestoneProblem.BEYOND_TARGET));
  }
}
