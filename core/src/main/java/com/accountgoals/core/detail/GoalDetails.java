package com.accountgoals.core.detail;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Verdict;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.smart.SmartCheck;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Progress;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a goal's detail from the rows of its account, as the board reads them: a milestone is
 * judged on the business goal it belongs to (of several, the one with the smallest key), a business
 * goal's plan runs through the milestones that support it, and SMART sees every goal the user can
 * see.
 */
public final class GoalDetails {

  private GoalDetails() {}

  /**
   * The detail of {@code key} on {@code date}.
   *
   * @param goals the account's goals and the visible goals outside it that they support
   * @return empty when {@code goals} has no goal {@code key}
   */
  public static Optional<GoalDetail> of(
      IssueKey key, Collection<Goal> goals, LocalDate date, BoardSettings settings) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    boolean companyGoalsVisible = false;
    for (Goal goal : goals) {
      byKey.put(goal.key(), goal);
      companyGoalsVisible |= goal.scope() == GoalScope.COMPANY && goal.isOpen();
    }
    Goal goal = byKey.get(key);
    if (goal == null) {
      return Optional.empty();
    }
    Lines lines = new Lines(goals, byKey, date, settings);
    Standing standing =
        goal.isAt(GoalLevel.BUSINESS)
            ? Standing.of(
                goal, lines.supportersAt(key, GoalLevel.MILESTONE), date, settings.tolerance())
            : null;
    Health health = standing != null && goal.isOpen() ? standing.health() : null;
    return Optional.of(
        new GoalDetail(
            goal,
            date,
            lines.verdictOf(goal),
            health,
            health == null ? null : HealthReason.of(goal.metric(), standing),
            Progress.of(goal.metric(), date).orElse(null),
            standing,
            new SmartCheck(settings.achievability())
                .assess(goal, byKey::get, companyGoalsVisible, date),
            lines.supported(goal),
            lines.supporters(key)));
  }

  /** The lines of the goals around one goal, judged as the board judges them. */
  private static final class Lines {
    private final Collection<Goal> goals;
    private final Map<IssueKey, Goal> byKey;
    private final LocalDate date;
    private final BoardSettings settings;

    Lines(
        Collection<Goal> goals, Map<IssueKey, Goal> byKey, LocalDate date, BoardSettings settings) {
      this.goals = goals;
      this.byKey = byKey;
      this.date = date;
      this.settings = settings;
    }

    /** The visible goals {@code goal} supports, by key (its links are sorted). */
    List<GoalLine> supported(Goal goal) {
      List<GoalLine> lines = new ArrayList<>();
      for (IssueKey up : goal.supports()) {
        Goal supported = byKey.get(up);
        if (supported != null) {
          lines.add(lineOf(supported));
        }
      }
      return lines;
    }

    /** The goals that support {@code key}, by key. */
    List<GoalLine> supporters(IssueKey key) {
      List<GoalLine> lines = new ArrayList<>();
      for (Goal supporter : supportersAt(key, null)) {
        lines.add(lineOf(supporter));
      }
      return lines;
    }

    /** The goals (at {@code level}; at any when {@code null}) that support {@code key}, by key. */
    List<Goal> supportersAt(IssueKey key, GoalLevel level) {
      List<Goal> supporters = new ArrayList<>();
      for (Goal goal : goals) {
        if ((level == null || goal.isAt(level)) && goal.supports().contains(key)) {
          supporters.add(goal);
        }
      }
      supporters.sort((a, b) -> a.key().compareTo(b.key()));
      return supporters;
    }

    Verdict verdictOf(Goal goal) {
      return goal.isAt(GoalLevel.MILESTONE)
          ? goal.verdictAsMilestoneOf(businessGoalOf(goal), date)
          : goal.verdictOn(date);
    }

    /** The business goal a milestone belongs to: the first it supports; {@code null} if none. */
    private Goal businessGoalOf(Goal milestone) {
      for (IssueKey up : milestone.supports()) {
        Goal supported = byKey.get(up);
        if (supported != null && supported.isAt(GoalLevel.BUSINESS)) {
          return supported;
        }
      }
      return null;
    }

    private GoalLine lineOf(Goal goal) {
      Health health =
          goal.isOpen() && goal.isAt(GoalLevel.BUSINESS)
              ? Standing.healthOf(
                  goal, supportersAt(goal.key(), GoalLevel.MILESTONE), date, settings.tolerance())
              : null;
      Colour colour = goal.isOpen() ? goal.trafficLight().overallOrNull() : null;
      return GoalLine.of(goal, verdictOf(goal), health, colour);
    }
  }
}
