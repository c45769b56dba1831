package com.accountgoals.core.port;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.quarter.DateWindow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link AccountRowSource} over rows held in memory, for tests and the preview. Immutable: add
 * rows through {@link #with(AccountRows)}, which returns a new source.
 */
public final class InMemoryAccountRowSource implements AccountRowSource {

  private final List<Goal> goals;
  private final List<Action> actions;
  // Indexes built once, since the rows never change: every goal by key (the last of a key wins),
  // and each project's goals in order (the first of a key wins).
  private final Map<IssueKey, Goal> byKey = new HashMap<>();
  private final Map<ProjectKey, List<Goal>> byProject = new HashMap<>();

  private InMemoryAccountRowSource(List<Goal> goals, List<Action> actions) {
    this.goals = List.copyOf(goals);
    this.actions = List.copyOf(actions);
    Set<IssueKey> seen = new HashSet<>();
    for (Goal goal : this.goals) {
      byKey.put(goal.key(), goal);
      if (seen.add(goal.key())) {
        byProject.computeIfAbsent(goal.project(), p -> new ArrayList<>()).add(goal);
      }
    }
  }

  /** A source with no rows. */
  public static InMemoryAccountRowSource empty() {
    return new InMemoryAccountRowSource(List.of(), List.of());
  }

  /** A source holding {@code rows}; the rows may belong to several projects. */
  public static InMemoryAccountRowSource of(AccountRows rows) {
    return empty().with(rows);
  }

  /** A new source with this one's rows and {@code more}. */
  public InMemoryAccountRowSource with(AccountRows more) {
    List<Goal> allGoals = new ArrayList<>(goals);
    allGoals.addAll(more.goals());
    List<Action> allActions = new ArrayList<>(actions);
    allActions.addAll(more.actions());
    return new InMemoryAccountRowSource(allGoals, allActions);
  }

  @Override
  public AccountRows load(ProjectKey project, DateWindow window) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(window, "window");
    List<Goal> projectGoals = withSupportedGoalsOutside(project);
    List<Action> windowActions =
        actions.stream()
            .filter(a -> a.key().project().equals(project))
            .filter(a -> mattersFor(a, window))
            .toList();
    return new AccountRows(projectGoals, windowActions);
  }

  /**
   * The goals of {@code project} and, following the links upward, every goal outside it that they
   * support (a company-goals project's), as the Jira source delivers those the user may see.
   */
  private List<Goal> withSupportedGoalsOutside(ProjectKey project) {
    List<Goal> own = byProject.getOrDefault(project, List.of());
    List<Goal> result = new ArrayList<>(own);
    // Only goals outside the project need following: all of its own are in the result already.
    Set<IssueKey> taken = new HashSet<>();
    Deque<Goal> toFollow = new ArrayDeque<>();
    for (Goal goal : own) {
      follow(goal, project, taken, result, toFollow);
    }
    while (!toFollow.isEmpty()) {
      follow(toFollow.poll(), project, taken, result, toFollow);
    }
    return result;
  }

  private void follow(
      Goal goal, ProjectKey project, Set<IssueKey> taken, List<Goal> result, Deque<Goal> toFollow) {
    for (IssueKey supported : goal.supports()) {
      Goal outside = supported.isIn(project) ? null : byKey.get(supported);
      if (outside != null && taken.add(supported)) {
        result.add(outside);
        toFollow.add(outside);
      }
    }
  }

  private static boolean mattersFor(Action action, DateWindow window) {
    if (window.contains(action.dueDate())) {
      return true;
    }
    boolean dueBefore = action.hasDueDate() && window.startsAfter(action.dueDate());
    return action.isOpen() && (dueBefore || !action.hasDueDate());
  }
}
