package com.accountgoals.core.plan;

import java.util.Objects;

/**
 * An action in the detailed current month of the plan.
 *
 * @param action the action, with its original due date
 * @param carriedOver true when the action's due date has passed and it is still open: it is shown
 *     in the current month and flagged, so that nobody loses sight of it
 */
public record PlannedAction(Action action, boolean carriedOver) {

  public PlannedAction {
    Objects.requireNonNull(action, "action");
  }
}
