package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks how an account's goals are linked: unaligned goals, orphan milestones and cycles. */
public final class AlignmentCheck {

  private AlignmentCheck() {}

  /**
   * The findings for {@code goals}: one per goal whose link is wrong, in key order, then one per
   * cycle.
   */
  public static List<AlignmentFinding> of(Collection<Goal> goals) {
    Map<IssueKey, Goal> byKey = new HashMap<>(goals.size() * 2);
    for (Goal goal : goals) {
      byKey.put(goal.key(), goal);
    }
    List<AlignmentFinding> findings = new ArrayList<>();
    goals.stream()
        .sorted((a, b) -> a.key().compareTo(b.key()))
        .forEach(
            goal -> {
              Optional<AlignmentProblem> problem = AlignmentRule.problemOf(goal, byKey);
              problem.ifPresent(p -> findings.add(new AlignmentFinding(p, List.of(goal.key()))));
            });
    for (List<IssueKey> cycle : AlignmentCycles.in(byKey)) {
      findings.add(new AlignmentFinding(AlignmentProblem.CYCLE, cycle));
    }
    return findings;
  }
}
