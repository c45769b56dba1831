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
 *   <li>Each other goal has a {@link Slot} where its milestones gather, so that no second map is
 *       needed to find a business goal's milestones.
 * </ul>
 *
 * Of a key given twice, the goal given last is kept, as a map would.
 */
final class VisibleGoals implements Function<IssueKey, Goal> {

  private final Map<IssueKey, Slot> aboveMilestones;
  private final List<Goal> milestones = new ArrayList<>();
  private Map<IssueKey, Goal> milestonesByKey;
  private Map<IssueKey, Goal> all;
  private IssueKey lastKey;
  private Goal lastGoal;
  private Slot lastSlot;

  /** Room for about {@code expected} goals. */
  VisibleGoals(int expected) {
    aboveMilestones = new HashMap<>(expected * 2 / 3 + 1);
  }

  /**
   * Adds {@code goal}.
   *
   * @return the goal's slot, where its milestones gather; {@code null} for a milestone
   */
  Slot add(Goal goal) {
    if (goal.isAt(GoalLevel.MILESTONE)) {
      milestones.add(goal);
      return null;
    }
    Slot slot = new Slot(goal);
    aboveMilestones.put(goal.key(), slot);
    return slot;
  }

  /** The goal with {@code key}; {@code null} when the board sees none. */
  @Override
  public Goal apply(IssueKey key) {
    find(key);
    return lastGoal;
  }

  /** The slot of the goal with {@code key}; {@code null} for a milestone or a goal not seen. */
  Slot slotOf(IssueKey key) {
    find(key);
    return lastSlot;
  }

  private void find(IssueKey key) {
    if (key == lastKey || key.equals(lastKey)) {
      return;
    }
    lastKey = key;
    lastSlot = aboveMilestones.get(key);
    lastGoal = lastSlot != null ? lastSlot.goal : milestonesByKey().get(key);
  }

  /** Every visible goal by key, built on first use: what the walk for cycles needs. */
  Map<IssueKey, Goal> asMap() {
    if (all == null) {
      all = new HashMap<>(milestonesByKey());
      aboveMilestones.forEach((key, slot) -> all.put(key, slot.goal));
    }
    return all;
  }

  /** A goal other than a milestone, and the account's milestones that belong to it. */
  static final class Slot {
    final Goal goal;
    private List<Goal> milestones = List.of();

    Slot(Goal goal) {
      this.goal = goal;
    }

    void addMilestone(Goal milestone) {
      if (milestones.isEmpty()) {
        milestones = new ArrayList<>(4);
      }
      milestones.add(milestone);
    }

    /** The milestones gathered here, in the order they came. */
    List<Goal> milestones() {
      return milestones;
    }
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
