package com.accountgoals.core.port;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.List;
import java.util.Objects;

/**
 * What a source delivers for one account project: its goals, the goals outside it that its goals
 * support and the user may see (a company-goals project's), the actions that matter for a window,
 * and the light set for the account itself. Plain rows, in any order: nothing built from them
 * depends on the order.
 *
 * @param goals the goals and milestones of the project, and the visible goals outside it that they
 *     support
 * @param actions the actions the window needs (see {@link AccountRowSource})
 * @param accountLight the traffic light set for the account itself; {@link TrafficLight#none()}
 *     when there is none
 * @param completeness whether the source stopped at its cap, and which issues it read only in part
 */
public record AccountRows(
    List<Goal> goals, List<Action> actions, TrafficLight accountLight, Completeness completeness) {

  public AccountRows {
    goals = List.copyOf(goals);
    actions = List.copyOf(actions);
    Objects.requireNonNull(accountLight, "accountLight");
    Objects.requireNonNull(completeness, "completeness");
  }

  /** Complete rows with a light set for the account. */
  public AccountRows(List<Goal> goals, List<Action> actions, TrafficLight accountLight) {
    this(goals, actions, accountLight, Completeness.complete());
  }

  /** Complete rows without a light set for the account. */
  public AccountRows(List<Goal> goals, List<Action> actions) {
    this(goals, actions, TrafficLight.none());
  }

  /** An account with no rows at all. */
  public static AccountRows empty() {
    return new AccountRows(List.of(), List.of());
  }
}
