package com.accountgoals.core.goal;

/** Whether the team still works on a goal or an action. Jira's resolution decides it. */
public enum GoalStatus {
  OPEN,
  DONE;

  public boolean isDone() {
    return this == DONE;
  }
}
