package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks how the goals of one account are linked: every open goal of the account against {@link
 * AlignmentRule}, then the cycles in the links.
 */
public final class AlignmentCheck {

  private AlignmentCheck() {}

  /**
   * The findings of the account {@code project}: the findings of each open goal of the project,
   * sorted by goal key and then by problem; then one per cycle that runs through an open goal of
   * the project, sorted by the cycle's first key. The same whatever the order of {@code goals}.
   *
   * @param goals the goals the user can see, each key once: the account's, and those of other
   *     projects (such as the company's goals) that its goals may support. Goals of other projects
   *     are the context of the check, never its subject.
   */
  public static List<AlignmentFinding> of(ProjectKey project, Collection<Goal> goals) {
    Map<IssueKey, Goal> byKey = new HashMap<>(goals.size() * 4 / 3 + 1);
    boolean companyGoalsVisible = false;
    List<Goal> checked = new ArrayList<>();
    for (Goal goal : goals) {
      byKey.put(goal.key(), goal);
      companyGoalsVisible |= goal.scope() == GoalScope.COMPANY && goal.isOpen();
      if (isChecked(goal, project)) {
        checked.add(goal);
      }
    }
    checked.sort((a, b) -> a.key().compareTo(b.key()));
    List<AlignmentFinding> findings = new ArrayList<>();
    for (Goal goal : checked) {
      findings.addAll(AlignmentRule.findingsOf(goal, byKey::get, companyGoalsVisible));
    }
    for (List<IssueKey> cycle : AlignmentCycles.in(byKey)) {
      if (cycle.stream().anyMatch(key -> isChecked(byKey.get(key), project))) {
        findings.add(AlignmentFinding.cycle(cycle));
      }
    }
    return List.copyOf(findings);
  }

  private static boolean isChecked(Goal goal, ProjectKey project) {
    return goal.isOpen() && goal.belongsTo(project);
  }
}
