package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentCycles;
import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.smart.SmartCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the alignment and SMART packages as the board applies them to one account: against
 * every goal the user can see (the account's and the ones outside it that they support), and
 * knowing whether any company goal is visible (then a team goal should support one).
 */
final class BoardRules {

  private final VisibleGoals visibleGoals;
  private final boolean companyGoalsVisible;
  private final SmartCheck smartCheck;
  private final List<IssueKey> mayCloseACycle = new ArrayList<>();

  BoardRules(VisibleGoals visibleGoals, boolean companyGoalsVisible, SmartCheck smartCheck) {
    this.visibleGoals = visibleGoals;
    this.companyGoalsVisible = companyGoalsVisible;
    this.smartCheck = smartCheck;
  }

  /**
   * Notes {@code goal} when one of its links goes against the order: every cycle holds such a link,
   * so {@link #cycles} walks only from the goals noted. Called once for every visible goal.
   */
  void noteLinks(Goal goal) {
    if (goal.supportsAnotherGoal() && AlignmentCycles.mayCloseACycle(goal, visibleGoals)) {
      mayCloseACycle.add(goal.key());
    }
  }

  /** The alignment findings of one open goal of the account; the shared empty list when none. */
  List<AlignmentFinding> alignmentOf(Goal goal) {
    return AlignmentRule.findingsOf(goal, visibleGoals, companyGoalsVisible);
  }

  /**
   * Every cycle in the links that runs through a goal of {@code project}, after {@link #noteLinks}.
   */
  List<AlignmentFinding> cycles(ProjectKey project) {
    if (mayCloseACycle.isEmpty()) {
      return List.of();
    }
    mayCloseACycle.sort(null);
    List<AlignmentFinding> findings = new ArrayList<>();
    for (List<IssueKey> cycle : AlignmentCycles.from(visibleGoals.asMap(), mayCloseACycle)) {
      if (cycle.stream().anyMatch(key -> key.isIn(project))) {
        findings.add(AlignmentFinding.cycle(cycle));
      }
    }
    return findings;
  }

  boolean isSmart(Goal goal, LocalDate date) {
    return smartCheck.isSmart(goal, visibleGoals, companyGoalsVisible, date);
  }

  SmartAssessment assess(Goal goal, LocalDate date) {
    return smartCheck.assess(goal, visibleGoals, companyGoalsVisible, date);
  }
}
