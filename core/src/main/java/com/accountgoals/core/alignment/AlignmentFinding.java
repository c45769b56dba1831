package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import java.util.List;
import java.util.Objects;

/**
 * One alignment problem, with the typed arguments of its message; the adapter writes them in the
 * reader's language (see {@link AlignmentMessages} for each message's arguments).
 *
 * @param problem what is wrong
 * @param goal the goal the finding is about; for a cycle, its smallest key
 * @param arguments the message's arguments: for a finding about one goal, its key first
 */
public record AlignmentFinding(AlignmentProblem problem, IssueKey goal, List<Argument> arguments) {

  public AlignmentFinding {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(goal, "goal");
    arguments = List.copyOf(arguments);
  }

  /** A problem of {@code goal} alone: it supports nothing, or not what it should. */
  public static AlignmentFinding of(AlignmentProblem problem, IssueKey goal) {
    return new AlignmentFinding(problem, goal, List.of(Argument.key(goal)));
  }

  /** A problem of the link from {@code goal} to {@code supported}. */
  public static AlignmentFinding ofLink(
      AlignmentProblem problem, IssueKey goal, IssueKey supported) {
    return new AlignmentFinding(
        problem, goal, List.of(Argument.key(goal), Argument.key(supported)));
  }

  /**
   * The cycle of links through {@code goals}, given in link order starting with the smallest key
   * (as {@link AlignmentCycles} finds them).
   */
  public static AlignmentFinding cycle(List<IssueKey> goals) {
    return new AlignmentFinding(
        AlignmentProblem.CYCLE, goals.get(0), List.of(Argument.keys(goals)));
  }

  /** The i18n key of the finding. */
  public String messageKey() {
    return problem.messageKey();
  }

  /** True for a cycle, which concerns several goals. */
  public boolean isCycle() {
    return problem == AlignmentProblem.CYCLE;
  }
}
