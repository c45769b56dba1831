/**
 * The plan of a business goal and what follows from it on a day: which milestones are points on the
 * plan and which contradict it ({@link com.accountgoals.core.trajectory.MilestonePoints}), the plan
 * in steps or as a line, redrawn after a target change with the original kept ({@link
 * com.accountgoals.core.trajectory.Trajectory}), health ({@link
 * com.accountgoals.core.trajectory.HealthRule}: on track, watch, behind, off track, not measured),
 * progress, and the standing a board shows per goal.
 */
package com.accountgoals.core.trajectory;
