package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every goal a board can see, by key, as cheaply as a board of 100 000 rows needs it.
 *
 * <ul>
 *   <li>Milestones are kept apart and indexed only when a key is asked for that no other goal has:
 *       a link points at a milestone only by mistake, and milestones are most of an account's rows.
 *   <li>The last answer is remembered: a board asks for the goal a goal supports several times in a
 *       row (its milestone's business goal, its alignment, its SMART relevance and time bound).
 * </ul>
 *
 * Of a key given twice, the goal given last is kept, as a map would.
 */
final class VisibleGoals implements Function<IssueKey, Goal> {

  private final Map<IssueKey, Goal> aboveMilestones;
  private final List<Goal> milestones = new ArrayList<>();
  private Map<IssueKey, Goal> milestonesByKey;
  private Map<IssueKey, Goal> all;
  private IssueKey lastKey;
  private Goal lastGoal;

  /** Room for about {@code expected} goals. */
  VisibleGoals(int expected) {
    aboveMilestones = new HashMap<>(expected * 2 / 3 + 1);
  }

  void add(Goal goal) {
    if (goal.isAt(GoalLevel.MILESTONE)) {
      milestones.add(goal);
    } else {
      aboveMilestones.put(goal.key(), goal);
    }
  }

  /** Remembers that {@code key} is {@code goal}'s, found elsewhere: the next question is free. */
  void remember(IssueKey key, Goal goal) {
    lastKey = key;
    lastGoal = goal;
  }

  /** The goal with {@code key}; {@code null} when the board sees none. */
  @Override
  public Goal apply(IssueKey key) {
    if (key != lastKey && !key.equals(lastKey)) {
      Goal goal = aboveMilestones.get(key);
      lastGoal = goal != null ? goal : milestonesByKey().get(key);
      lastKey = key;
    }
    return lastGoal;
  }

  /** Every visible goal by key, built on first use: what the walk for cycles needs. */
  Map<IssueKey, Goal> asMap() {
    if (all == null) {
      all = new HashMap<>(milestonesByKey());
      all.putAll(aboveMilestones);
    }
    return all;
  }

  private Map<IssueKey, Goal> milestonesByKey() {
    if (milestonesByKey == null) {
      milestonesByKey = new HashMap<>(milestones.size() * 4 / 3 + 1);
      for (Goal milestone : milestones) {
        milestonesByKey.put(milestone.key(), milestone);
      }
    }
    return milestonesByKey;
  }
}
