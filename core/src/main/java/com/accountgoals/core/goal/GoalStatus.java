package com.accountgoals.core.goal;

/**
 * Whether the team still works on a goal or an action, and how it closed it. Jira's resolution
 * decides it: the administrator says which resolutions mean dropped (won't do, cancelled,
 * duplicate); every other resolution means done.
 */
public enum GoalStatus {
  OPEN,
  /** Closed as done. Whether the target was reached is the readings' business, not the status. */
  DONE,
  /** Closed as won't do, cancelled or duplicate: never met, never celebrated, shown apart. */
  DROPPED;

  public boolean isOpen() {
    return this == OPEN;
  }

  public boolean isDone() {
    return this == DONE;
  }

  public boolean isDropped() {
    return this == DROPPED;
  }
}
