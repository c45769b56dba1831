package com.accountgoals.core.port;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.plan.Action;
import java.util.List;

/**
 * What a source delivers for one account project: its goals and the actions that matter for a
 * window. Plain rows, in the order the source read them.
 *
 * @param goals the goals and milestones of the project
 * @param actions the actions the window needs (see {@link AccountRowSource})
 */
public record AccountRows(List<Goal> goals, List<Action> actions) {

  public AccountRows {
    goals = List.copyOf(goals);
    actions = List.copyOf(actions);
  }

  /** An account with no rows at all. */
  public static AccountRows empty() {
    return new AccountRows(List.of(), List.of());
  }

  /** The number of rows: goals plus actions. */
  public int size() {
    return goals.size() + actions.size();
  }
}
