package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.trajectory.MilestoneFinding;

/**
 * What the team should fix in its goals before setting the next quarter's.
 *
 * @param notSmart open business goals and milestones failing at least one SMART criterion, by key
 * @param alignment open goals whose links break the order or point nowhere visible, by key, and
 *     every cycle in the links
 * @param milestones milestones that contradict their open business goal (same day, before the
 *     baseline, after the due date, against the direction, beyond the target), by goal and day
 */
public record Findings(
    Shortlist<SmartAssessment> notSmart,
    Shortlist<AlignmentFinding> alignment,
    Shortlist<MilestoneFinding> milestones) {}
