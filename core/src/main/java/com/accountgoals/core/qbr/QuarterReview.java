package com.accountgoals.core.qbr;

/**
 * The quarter against its goals: what was met, missed and is still open.
 *
 * @param goals goals (vision, relationship, business) due in the quarter, by outcome
 * @param goalLines those goals, by due date
 * @param milestones milestones due in the quarter, by outcome: met, missed, overdue, upcoming
 * @param milestoneLines those milestones, by due date
 */
public record QuarterReview(
    OutcomeCounts goals,
    Shortlist<GoalLine> goalLines,
    OutcomeCounts milestones,
    Shortlist<GoalLine> milestoneLines) {}
