package com.accountgoals.core.plan;

import java.util.Objects;

/**
 * An action in the detailed first month of the plan.
 *
 * @param action the action
 * @param carriedOver true when the action was due before the plan's window and is still open: it is
 *     carried into the first month and flagged, so that nobody loses sight of it
 */
public record PlannedAction(Action action, boolean carriedOver) {

  public PlannedAction {
    Objects.requireNonNull(action, "action");
  }
}
