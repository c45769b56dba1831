package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentCycles;
import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.smart.SmartCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the alignment and SMART packages as the board applies them to one account: with
 * every goal the user can see (the account's and the ones outside it that they support).
 */
final class BoardRules {

  private final Map<IssueKey, Goal> visible;
  private final SmartCheck smartCheck;

  BoardRules(Map<IssueKey, Goal> visible, boolean companyGoalsVisible, SmartCheck smartCheck) {
    this.visible = visible;
    this.smartCheck = smartCheck;
  }

  /** The alignment findings of one open goal of the account; empty, unallocated, when none. */
  List<AlignmentFinding> alignmentOf(Goal goal) {
    Optional<AlignmentProblem> problem = AlignmentRule.problemOf(goal, visible);
    return problem.isEmpty()
        ? List.of()
        : List.of(new AlignmentFinding(problem.get(), List.of(goal.key())));
  }

  /** Every cycle in the links among the visible goals. */
  List<AlignmentFinding> cycles() {
    List<AlignmentFinding> findings = new ArrayList<>();
    for (List<IssueKey> cycle : AlignmentCycles.in(visible)) {
      findings.add(new AlignmentFinding(AlignmentProblem.CYCLE, cycle));
    }
    return findings;
  }

  boolean isSmart(Goal goal, LocalDate date) {
    return smartCheck.isSmart(goal, AlignmentRule.supportedGoal(goal, visible), date);
  }

  SmartAssessment assess(Goal goal, LocalDate date) {
    return smartCheck.assess(goal, AlignmentRule.supportedGoal(goal, visible), date);
  }
}
