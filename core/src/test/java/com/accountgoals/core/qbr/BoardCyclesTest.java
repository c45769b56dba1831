package com.accountgoals.core.qbr;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aCompanyGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Links that go round in a cycle, and links to a milestone")
class BoardCyclesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

  private static List<AlignmentFinding> alignmentOf(Goal... goals) {
    return QbrBoards.build(
            ProjectKey.of("ACME"),
            new AccountRows(List.of(goals), List.of()),
            FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
            TODAY,
            BoardSettings.DEFAULT)
        .findings()
        .alignment()
        .shown();
  }

  @Test
  void twoAccountGoalsSupportingEachOtherAreACycle() {
    List<AlignmentFinding> findings =
        alignmentOf(
            aVision().build(),
            aBusinessGoal().key("ACME-20").supports("ACME-21").build(),
            aBusinessGoal().key("ACME-21").supports("ACME-20").build());

    assertThat(findings)
        .filteredOn(AlignmentFinding::isCycle)
        .extracting(AlignmentFinding::goal)
        .containsExactly(IssueKey.of("ACME-20"));
  }

  @Test
  void aCompanyGoalSupportingTheAccountGoalThatSupportsItIsACycle() {
    List<AlignmentFinding> findings =
        alignmentOf(
            aVision().build(),
            aBusinessGoal().key("ACME-20").supports("CORP-1").build(),
            aCompanyGoal().key("CORP-1").supports("ACME-20").build());

    assertThat(findings)
        .filteredOn(AlignmentFinding::isCycle)
        .extracting(AlignmentFinding::goal)
        .containsExactly(IssueKey.of("ACME-20"));
  }

  @Test
  void aCycleAmongCompanyGoalsAloneIsNoFindingOfTheAccount() {
    List<AlignmentFinding> findings =
        alignmentOf(
            aVision().build(),
            aBusinessGoal().key("ACME-20").supports("CORP-1").build(),
            aCompanyGoal().key("CORP-1").supports("CORP-2").build(),
            aCompanyGoal().key("CORP-2").supports("CORP-1").build());

    assertThat(findings).noneMatch(AlignmentFinding::isCycle);
  }

  @Test
  void aGoalSupportingAMilestoneByMistakeGoesAgainstTheOrderNotNowhere() {
    List<AlignmentFinding> findings =
        alignmentOf(
            aVision().build(),
            aBusinessGoal().key("ACME-10").build(),
            aMilestone().key("ACME-11").build(),
            aBusinessGoal().key("ACME-20").supports("ACME-11").build());

    assertThat(findings)
        .filteredOn(f -> f.goal().equals(IssueKey.of("ACME-20")))
        .extracting(AlignmentFinding::problem)
        .containsExactly(AlignmentProblem.LINK_AGAINST_ORDER);
  }
}
