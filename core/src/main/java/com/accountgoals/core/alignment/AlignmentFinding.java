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

  /** The i18n key of the finding. */
  public String messageKey() {
    return problem.messageKey();
  }

  /**
   * The message's one argument: the goal's key, or for a cycle its goals' keys in link order joined
   * by arrows ({@code ACME-10 → ACME-20}).
   */
  public List<String> arguments() {
    return List.of(String.join(" → ", goals.stream().map(IssueKey::value).toList()));
  }

  /** The goal the finding is about: the first of {@link #goals()}. */
  public IssueKey goal() {
    return goals.get(0);
  }
}
