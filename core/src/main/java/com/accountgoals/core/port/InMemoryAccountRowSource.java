package com.accountgoals.core.port;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.quarter.DateWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@link AccountRowSource} over rows held in memory, for tests and the preview. Immutable: add
 * rows through {@link #with(AccountRows)}, which returns a new source.
 */
public final class InMemoryAccountRowSource implements AccountRowSource {

  private final List<Goal> goals;
  private final List<Action> actions;

  private InMemoryAccountRowSource(List<Goal> goals, List<Action> actions) {
    this.goals = List.copyOf(goals);
    this.actions = List.copyOf(actions);
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
    List<Goal> projectGoals = goals.stream().filter(g -> g.project().equals(project)).toList();
    List<Action> windowActions =
        actions.stream()
            .filter(a -> a.key().project().equals(project))
            .filter(a -> mattersFor(a, window))
            .toList();
    return new AccountRows(projectGoals, windowActions);
  }

  private static boolean mattersFor(Action action, DateWindow window) {
    if (window.contains(action.dueDate())) {
      return true;
    }
    boolean dueBefore = action.hasDueDate() && window.startsAfter(action.dueDate());
    return action.isOpen() && (dueBefore || !action.hasDueDate());
  }
}
