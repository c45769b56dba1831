package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import java.util.List;
import java.util.Objects;

/**
 * A milestone that contradicts its business goal.
 *
 * @param problem what is wrong
 * @param goal the business goal
 * @param milestone the milestone concerned (of two on one day, the one that does not count)
 * @param arguments the message's arguments, typed; see {@link TrajectoryMessages}
 */
public record MilestoneFinding(
    MilestoneProblem problem, IssueKey goal, IssueKey milestone, List<Argument> arguments) {

  public MilestoneFinding {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(milestone, "milestone");
    arguments = List.copyOf(arguments);
  }

  /** The i18n key of the finding. */
  public String messageKey() {
    return problem.messageKey();
  }
}
