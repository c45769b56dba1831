package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.smart.SmartAssessment;

/**
 * What the team should fix in its goals before setting the next quarter's.
 *
 * @param notSmart open business goals and milestones failing at least one SMART criterion, by key
 * @param alignment open goals linked wrongly, by key, and every cycle in the links
 */
public record Findings(
    Shortlist<SmartAssessment> notSmart, Shortlist<AlignmentFinding> alignment) {}
