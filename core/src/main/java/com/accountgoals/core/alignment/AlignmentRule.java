package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The rules for one goal's links, one link up only, so they can never loop:
 *
 * <ul>
 *   <li>a vision needs no link; a milestone supports a business goal; any other goal supports
 *       something;
 *   <li>every link points to a goal the user can see;
 *   <li>every link goes up the order: to a higher level of the same scope (milestone, business
 *       goal, relationship goal or vision; skipping a level is fine), or to a wider scope
 *       (individual, team, company) on the same level or higher, though never to a milestone;
 *   <li>a team's business goal that supports only the vision while company goals exist has skipped
 *       them.
 * </ul>
 *
 * The rules read a goal's links whatever its status; which goals are checked is the caller's choice
 * ({@link AlignmentCheck} checks the open goals of the account).
 */
public final class AlignmentRule {

  private AlignmentRule() {}

  /**
   * The findings about the links of {@code goal}, grouped by {@link AlignmentProblem}, each group
   * in link order. When the links are in order, the shared empty list, without allocating: a board
   * asks this of every goal.
   *
   * @param visibleGoals the goals the user can see by key, of the account and beyond it (a
   *     company-goals project); {@code null} for a key that is no such goal
   * @param companyGoalsVisible true when the user can see at least one open company goal
   */
  public static List<AlignmentFinding> findingsOf(
      Goal goal, Function<IssueKey, Goal> visibleGoals, boolean companyGoalsVisible) {
    if (check(goal, visibleGoals, companyGoalsVisible, null)) {
      return List.of();
    }
    List<AlignmentFinding> findings = new ArrayList<>(2);
    check(goal, visibleGoals, companyGoalsVisible, findings);
    findings.sort((a, b) -> a.problem().compareTo(b.problem())); // stable: links stay in order
    return Collections.unmodifiableList(findings);
  }

  /**
   * True when {@link #findingsOf} finds nothing. Stops at the first problem and allocates nothing.
   */
  public static boolean isAligned(
      Goal goal, Function<IssueKey, Goal> visibleGoals, boolean companyGoalsVisible) {
    return check(goal, visibleGoals, companyGoalsVisible, null);
  }

  /**
   * True when {@code goal} may support {@code supported}: a higher level of the same scope, or a
   * wider scope on the same level or higher, though not a milestone, which carries no goal. A
   * milestone may support a business goal of any scope: it is a point on that goal's metric.
   *
   * <p>Every link in order climbs (scope, then level) strictly, so a cycle always has a link
   * against the order: {@link AlignmentCycles} relies on it.
   */
  public static boolean isInOrder(Goal goal, Goal supported) {
    if (goal.isAt(GoalLevel.MILESTONE)) {
      // A milestone is a point on its goal, whoever's the goal is: no scope to climb. (That the
      // goal be a business goal is a finding of its own.)
      return supported.level().isAbove(goal.level());
    }
    if (supported.scope() == goal.scope()) {
      return supported.level().isAbove(goal.level());
    }
    return supported.scope().isWiderThan(goal.scope())
        && !goal.level().isAbove(supported.level())
        && !supported.isAt(GoalLevel.MILESTONE);
  }

  /**
   * Checks {@code goal}. Adds its findings to {@code findings} and returns whether it passed; given
   * no list (null), returns at the first problem and builds nothing.
   */
  private static boolean check(
      Goal goal,
      Function<IssueKey, Goal> visibleGoals,
      boolean companyGoalsVisible,
      List<AlignmentFinding> findings) {
    List<IssueKey> supports = goal.supports();
    boolean milestone = goal.isAt(GoalLevel.MILESTONE);
    if (supports.isEmpty()) {
      if (goal.level().isTopLevel()) {
        return true;
      }
      return fail(
          findings,
          milestone
              ? AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL
              : AlignmentProblem.NOT_ALIGNED,
          goal.key());
    }
    boolean passed = true;
    boolean supportsBusinessGoal = false;
    boolean seesAny = false;
    boolean onlyTheVision = true;
    for (int i = 0; i < supports.size(); i++) {
      IssueKey key = supports.get(i);
      Goal supported = visibleGoals.apply(key);
      if (supported == null) {
        passed = failLink(findings, AlignmentProblem.SUPPORTED_GOAL_UNKNOWN, goal.key(), key);
      } else {
        seesAny = true;
        supportsBusinessGoal |= supported.isAt(GoalLevel.BUSINESS);
        onlyTheVision &= supported.isAt(GoalLevel.VISION) && supported.scope() != GoalScope.COMPANY;
        if (!isInOrder(goal, supported)) {
          passed = failLink(findings, AlignmentProblem.LINK_AGAINST_ORDER, goal.key(), key);
        }
      }
      if (!passed && findings == null) {
        return false;
      }
    }
    if (milestone && !supportsBusinessGoal) {
      passed = fail(findings, AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL, goal.key());
    }
    if (companyGoalsVisible
        && seesAny
        && onlyTheVision
        && goal.scope() == GoalScope.TEAM
        && goal.isAt(GoalLevel.BUSINESS)) {
      passed = fail(findings, AlignmentProblem.COMPANY_GOAL_SKIPPED, goal.key());
    }
    return passed;
  }

  /** Adds a finding about {@code goal} unless {@code findings} is null; returns false. */
  private static boolean fail(
      List<AlignmentFinding> findings, AlignmentProblem problem, IssueKey goal) {
    if (findings != null) {
      findings.add(AlignmentFinding.of(problem, goal));
    }
    return false;
  }

  /** Adds a finding about a link unless {@code findings} is null; returns false. */
  private static boolean failLink(
      List<AlignmentFinding> findings, AlignmentProblem problem, IssueKey goal, IssueKey link) {
    if (findings != null) {
      findings.add(AlignmentFinding.ofLink(problem, goal, link));
    }
    return false;
  }
}
