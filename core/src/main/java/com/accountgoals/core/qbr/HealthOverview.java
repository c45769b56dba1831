package com.accountgoals.core.qbr;

import com.accountgoals.core.trajectory.Standing;

/**
 * The health of the account's open business goals on the board's day.
 *
 * @param counts how many are on track, watch, behind, off track or not measured
 * @param standings the goals with plan, readings and health, most urgent first (off track, red,
 *     behind, watch, amber, then the rest; within a class by due date, then key)
 */
public record HealthOverview(HealthCounts counts, Shortlist<Standing> standings) {}
