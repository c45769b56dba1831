package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cycles in alignment links ("A supports B supports A"). Jira lets people link issues any
 * way they like, so a cycle is a finding, never an endless walk.
 *
 * <p>Each goal supports at most one goal, so every walk up the links either ends or enters a cycle.
 * Each goal is visited once: a walk stops at a goal an earlier walk already settled. Linear in the
 * number of goals.
 */
public final class AlignmentCycles {

  private static final Integer ON_CURRENT_WALK = 1;
  private static final Integer SETTLED = 2;

  private AlignmentCycles() {}

  /** Every cycle once, its goals in link order starting with the smallest key. */
  public static List<List<IssueKey>> in(Map<IssueKey, Goal> goalsByKey) {
    return from(goalsByKey, goalsByKey.keySet());
  }

  /**
   * The cycles reached by walking up from {@code starts}. Finds every cycle when {@code starts}
   * holds every goal that {@linkplain #mayCloseACycle may close one}.
   */
  public static List<List<IssueKey>> from(
      Map<IssueKey, Goal> goalsByKey, Collection<IssueKey> starts) {
    Map<IssueKey, Integer> state = new HashMap<>();
    List<List<IssueKey>> cycles = new ArrayList<>();
    List<IssueKey> walk = new ArrayList<>();
    for (IssueKey start : starts) {
      walk.clear();
      IssueKey current = start;
      while (current != null && goalsByKey.containsKey(current) && !state.containsKey(current)) {
        state.put(current, ON_CURRENT_WALK);
        walk.add(current);
        List<IssueKey> up = goalsByKey.get(current).supports();
        current = up.isEmpty() ? null : up.get(0); // TEMPORARY
      }
      if (current != null && ON_CURRENT_WALK.equals(state.get(current))) {
        cycles.add(startingWithSmallest(walk.subList(walk.indexOf(current), walk.size())));
      }
      for (IssueKey visited : walk) {
        state.put(visited, SETTLED);
      }
    }
    cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return cycles;
  }

  /**
   * True when {@code goal} links to a goal of the account that is not above it: the only kind of
   * link that can close a cycle.
   */
  public static boolean mayCloseACycle(Goal goal, Map<IssueKey, Goal> goalsByKey) {
    return mayCloseACycle(goal, AlignmentRule.supportedGoal(goal, goalsByKey));
  }

  /** As {@link #mayCloseACycle(Goal, Map)}, with the supported goal already looked up. */
  public static boolean mayCloseACycle(Goal goal, Goal supported) {
    return supported != null && !supported.level().isAbove(goal.level());
  }

  private static List<IssueKey> startingWithSmallest(List<IssueKey> cycle) {
    List<IssueKey> rotated = new ArrayList<>(cycle);
    Collections.rotate(rotated, -rotated.indexOf(Collections.min(rotated)));
    return List.copyOf(rotated);
  }
}
