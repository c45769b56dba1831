package com.accountgoals.core.qbr;

import com.accountgoals.core.trajectory.Standing;

/**
 * The health of the account's open business goals on the board's day.
 *
 * @param counts how many are on track, behind, off track or not measured
 * @param standings the goals, those needing attention first (off track, behind, not measured, on
 *     track), then by key
 */
public record HealthOverview(HealthCounts counts, Shortlist<Standing> standings) {}
