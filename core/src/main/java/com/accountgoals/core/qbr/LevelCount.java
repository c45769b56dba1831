package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.GoalLevel;

/**
 * How many goals of one level the account has, by status.
 *
 * @param level the level
 * @param open goals still open
 * @param done goals closed as done
 * @param dropped goals closed as won't do, cancelled or duplicate
 */
public record LevelCount(GoalLevel level, int open, int done, int dropped) {

  public int total() {
    return open + done + dropped;
  }
}
