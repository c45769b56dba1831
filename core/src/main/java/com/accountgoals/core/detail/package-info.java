/**
 * The goal panel's read model: everything the panel on a Goal or Milestone issue shows of one goal
 * on a day ({@link com.accountgoals.core.detail.GoalDetail}), built from the rows of the goal's
 * account with the rules of the trajectory, SMART and QBR packages, so that the panel and the board
 * never disagree, and served by {@link com.accountgoals.core.detail.GoalDetailService} from the
 * same rows (and so the same row cache) as the board.
 */
package com.accountgoals.core.detail;
