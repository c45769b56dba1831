package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.IssueKey;
import java.util.List;
import java.util.Objects;

/**
 * One alignment problem.
 *
 * @param problem what is wrong
 * @param goals the goal concerned; for a cycle, every goal on it in link order, starting with the
 *     smallest key
 */
public record AlignmentFinding(AlignmentProblem problem, List<IssueKey> goals) {

  public AlignmentFinding {
    Objects.requireNonNull(problem, "problem");
    goals = List.copyOf(goals);
  }

  /** The i18n key of the finding; its argument is the list of goal keys. */
  public String messageKey() {
    return problem.messageKey();
  }

  /** The goal the finding is about: the first of {@link #goals()}. */
  public IssueKey goal() {
    return goals.get(0);
  }
}
