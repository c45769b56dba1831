package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.GoalLevel;

/**
 * How many goals of one level are open and done.
 *
 * @param level the level
 * @param open goals still open
 * @param done goals closed
 */
public record LevelCount(GoalLevel level, int open, int done) {

  public int total() {
    return open + done;
  }
}
