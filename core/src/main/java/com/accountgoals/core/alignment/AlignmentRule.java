package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for one goal's link: every goal but a vision supports a goal above it, and a milestone
 * supports a business goal. Looks one link up only, so it can never loop.
 */
public final class AlignmentRule {

  private AlignmentRule() {}

  /**
   * What is wrong with the link of {@code goal}, if anything.
   *
   * @param goalsByKey the account's goals, to find the one {@code goal} supports
   */
  public static Optional<AlignmentProblem> problemOf(Goal goal, Map<IssueKey, Goal> goalsByKey) {
    return problemOf(goal, supportedGoal(goal, goalsByKey));
  }

  /**
   * What is wrong with the link of {@code goal}, if anything, when the caller has already looked up
   * the goal it supports.
   *
   * @param supported the goal {@code goal} supports, found among the account's goals; {@code null}
   *     when it supports none or one that is not among them
   */
  public static Optional<AlignmentProblem> problemOf(Goal goal, Goal supported) {
    if (goal.level().isTopLevel()) {
      return Optional.empty();
    }
    if (goal.isAt(GoalLevel.MILESTONE)) {
      boolean underBusinessGoal = supported != null && supported.isAt(GoalLevel.BUSINESS);
      return underBusinessGoal
          ? Optional.empty()
          : Optional.of(AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL);
    }
    if (!goal.supportsAnotherGoal()) {
      return Optional.of(AlignmentProblem.NOT_ALIGNED);
    }
    if (supported == null) {
      return Optional.of(AlignmentProblem.SUPPORTED_GOAL_UNKNOWN);
    }
    if (!supported.level().isAbove(goal.level())) {
      return Optional.of(AlignmentProblem.SUPPORTED_GOAL_NOT_ABOVE);
    }
    return Optional.empty();
  }

  /** The goal {@code goal} supports among {@code goalsByKey}; {@code null} if none is found. */
  public static Goal supportedGoal(Goal goal, Map<IssueKey, Goal> goalsByKey) {
    return goal.supportsAnotherGoal() ? goalsByKey.get(goal.supports().get(0)) : null; // TEMPORARY
  }

  /** True when {@code goal}'s link is in order. */
  public static boolean isAligned(Goal goal, Map<IssueKey, Goal> goalsByKey) {
    return problemOf(goal, goalsByKey).isEmpty();
  }
}
