package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.util.Map;
import java.util.function.Function;

/**
 * Looks goals up by key and remembers the last answer. The board asks for the goal a goal supports
 * several times in a row (its milestone's business goal, its alignment, its SMART relevance and
 * time bound), with the same key object each time: the repeated questions cost no hashing.
 */
final class LastLookup implements Function<IssueKey, Goal> {

  private final Map<IssueKey, Goal> goals;
  private IssueKey lastKey;
  private Goal lastGoal;

  LastLookup(Map<IssueKey, Goal> goals) {
    this.goals = goals;
  }

  /** Remembers that {@code key} is {@code goal}'s, found elsewhere: the next question is free. */
  void remember(IssueKey key, Goal goal) {
    lastKey = key;
    lastGoal = goal;
  }

  @Override
  public Goal apply(IssueKey key) {
    if (key != lastKey && !key.equals(lastKey)) {
      lastGoal = goals.get(key);
      lastKey = key;
    }
    return lastGoal;
  }
}
