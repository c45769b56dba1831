package com.accountgoals.jira.rows.mapping;

import com.accountgoals.core.goal.GoalStatus;
import java.util.Set;

/**
 * Jira's resolution read as core's status: no resolution is open, a resolution the administrator
 * counts as dropped is dropped, every other resolution is done.
 */
public final class StatusMapping {

  private final Set<String> dropped;

  /** A mapping where the resolutions with the ids {@code droppedResolutionIds} mean dropped. */
  public StatusMapping(Set<String> droppedResolutionIds) {
    this.dropped = Set.copyOf(droppedResolutionIds);
  }

  /** The status of an issue with the resolution {@code resolutionId} (null when unresolved). */
  public GoalStatus statusOf(String resolutionId) {
    if (resolutionId == null) {
      return GoalStatus.OPEN;
    }
    return dropped.contains(resolutionId) ? GoalStatus.DROPPED : GoalStatus.DONE;
  }
}
