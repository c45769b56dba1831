package com.accountgoals.core.alignment;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the cycles in alignment links ("A supports B supports A"). Jira lets people link issues any
 * way they like, so a cycle is a finding, never an endless walk.
 *
 * <p>A goal may support several goals, so the links form a graph: every group of goals that reach
 * each other (a strongly connected component of two goals or more) is one cycle. Found with
 * Tarjan's algorithm, written with explicit stacks so that a chain of 100 000 goals cannot overflow
 * the call stack; each goal and each link is visited once.
 *
 * <p>The result depends on the links alone, never on the order of the input: the cycles come sorted
 * by their first key, and each lists its goals in link order from its smallest key (the order in
 * which a walk from there meets them, following each goal's links in key order).
 */
public final class AlignmentCycles {

  private AlignmentCycles() {}

  /** Every cycle among {@code goalsByKey} once. */
  public static List<List<IssueKey>> in(Map<IssueKey, Goal> goalsByKey) {
    return from(goalsByKey, goalsByKey.keySet());
  }

  /**
   * The cycles reachable from {@code starts}. Finds every cycle when {@code starts} holds every
   * goal that {@linkplain #mayCloseACycle may close one}: a board collects those while it reads the
   * goals, and walks only from them.
   */
  public static List<List<IssueKey>> from(
      Map<IssueKey, Goal> goalsByKey, Collection<IssueKey> starts) {
    List<Set<IssueKey>> components = new Tarjan(goalsByKey).componentsFrom(starts);
    List<List<IssueKey>> cycles = new ArrayList<>(components.size());
    for (Set<IssueKey> component : components) {
      cycles.add(inLinkOrder(component, goalsByKey));
    }
    cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return List.copyOf(cycles);
  }

  /**
   * True when {@code goal} has a link against the order to a goal the user can see. Links in order
   * always climb, so every cycle holds at least one goal for which this is true.
   */
  public static boolean mayCloseACycle(Goal goal, Function<IssueKey, Goal> visibleGoals) {
    List<IssueKey> supports = goal.supports();
    for (int i = 0; i < supports.size(); i++) {
      Goal supported = visibleGoals.apply(supports.get(i));
      if (supported != null && !AlignmentRule.isInOrder(goal, supported)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The goals of {@code component} in link order: a depth-first walk from the smallest key, taking
   * each goal's links in key order (as {@link Goal#supports()} keeps them) and staying inside the
   * component. For a plain ring that is the ring itself.
   */
  private static List<IssueKey> inLinkOrder(
      Set<IssueKey> component, Map<IssueKey, Goal> goalsByKey) {
    IssueKey first = null;
    for (IssueKey key : component) {
      if (first == null || key.compareTo(first) < 0) {
        first = key;
      }
    }
    List<IssueKey> order = new ArrayList<>(component.size());
    Set<IssueKey> seen = new HashSet<>(component.size() * 2);
    List<IssueKey> path = new ArrayList<>();
    List<Integer> nextLink = new ArrayList<>();
    order.add(first);
    seen.add(first);
    path.add(first);
    nextLink.add(0);
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      List<IssueKey> supports = goalsByKey.get(path.get(top)).supports();
      int link = nextLink.get(top);
      while (link < supports.size()
          && (!component.contains(supports.get(link)) || seen.contains(supports.get(link)))) {
        link++;
      }
      if (link == supports.size()) {
        path.remove(top);
        nextLink.remove(top);
      } else {
        IssueKey next = supports.get(link);
        nextLink.set(top, link + 1);
        order.add(next);
        seen.add(next);
        path.add(next);
        nextLink.add(0);
      }
    }
    return List.copyOf(order);
  }

  /**
   * Tarjan's strongly connected components, with explicit stacks. Goals get numbers in the order
   * they are discovered, so a goal's number is its discovery index.
   */
  private static final class Tarjan {

    private final Map<IssueKey, Goal> goalsByKey;
    private final Map<IssueKey, Integer> numbers = new HashMap<>();
    private IssueKey[] keys = new IssueKey[16];
    private int[] lowLink = new int[16];
    private int[] nextLink = new int[16];
    private boolean[] onStack = new boolean[16];
    private int count;
    private int[] componentStack = new int[16];
    private int componentTop;
    private int[] callStack = new int[16];
    private int callTop;

    Tarjan(Map<IssueKey, Goal> goalsByKey) {
      this.goalsByKey = goalsByKey;
    }

    List<Set<IssueKey>> componentsFrom(Collection<IssueKey> starts) {
      List<Set<IssueKey>> components = new ArrayList<>();
      for (IssueKey start : starts) {
        if (goalsByKey.containsKey(start) && !numbers.containsKey(start)) {
          walkFrom(start, components);
        }
      }
      return components;
    }

    private void walkFrom(IssueKey start, List<Set<IssueKey>> components) {
      discover(start);
      while (callTop > 0) {
        int goal = callStack[callTop - 1];
        List<IssueKey> supports = goalsByKey.get(keys[goal]).supports();
        if (nextLink[goal] < supports.size()) {
          IssueKey next = supports.get(nextLink[goal]++);
          if (!goalsByKey.containsKey(next)) {
            continue;
          }
          Integer number = numbers.get(next);
          if (number == null) {
            discover(next);
          } else if (onStack[number]) {
            lowLink[goal] = Math.min(lowLink[goal], number);
          }
        } else {
          callTop--;
          if (lowLink[goal] == goal) {
            closeComponent(goal, components);
          }
          if (callTop > 0) {
            int caller = callStack[callTop - 1];
            lowLink[caller] = Math.min(lowLink[caller], lowLink[goal]);
          }
        }
      }
    }

    private void discover(IssueKey key) {
      if (count == keys.length) {
        int size = count * 2;
        keys = Arrays.copyOf(keys, size);
        lowLink = Arrays.copyOf(lowLink, size);
        nextLink = Arrays.copyOf(nextLink, size);
        onStack = Arrays.copyOf(onStack, size);
        componentStack = Arrays.copyOf(componentStack, size);
        callStack = Arrays.copyOf(callStack, size);
      }
      int number = count++;
      numbers.put(key, number);
      keys[number] = key;
      lowLink[number] = number;
      onStack[number] = true;
      componentStack[componentTop++] = number;
      callStack[callTop++] = number;
    }

    /** Pops the component rooted at {@code root}; keeps it when it holds more than one goal. */
    private void closeComponent(int root, List<Set<IssueKey>> components) {
      int size = 0;
      while (componentStack[componentTop - 1 - size] != root) {
        size++;
      }
      size++;
      if (size > 1) {
        Set<IssueKey> component = new HashSet<>(size * 2);
        for (int i = componentTop - size; i < componentTop; i++) {
          component.add(keys[componentStack[i]]);
        }
        components.add(component);
      }
      for (int i = componentTop - size; i < componentTop; i++) {
        onStack[componentStack[i]] = false;
      }
      componentTop -= size;
    }
  }
}
