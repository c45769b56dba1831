package com.accountgoals.core.qbr;

/**
 * The quarter against its goals. A goal belongs to the quarter its due date falls in, or, when a
 * reading met it, to the quarter of that reading: a goal met early is a win of the quarter it was
 * met in.
 *
 * @param goals visions, relationship and business goals of the quarter, by outcome
 * @param goalLines those goals, most urgent first (missed, overdue, ...), then by due date and key
 * @param milestones milestones of the quarter, by outcome (met on time, met late, missed, overdue,
 *     upcoming, dropped)
 * @param milestoneLines those milestones, in the same order
 * @param wins the goals and milestones met in the quarter, to celebrate, by due date and key
 * @param dropped the goals and milestones of the quarter dropped, shown apart, by due date and key
 * @param previousGoals the goals of the quarter before, by outcome as of the board's day: to
 *     compare the quarter with the one before
 * @param previousMilestones the milestones of the quarter before, likewise
 */
public record QuarterReview(
    OutcomeCounts goals,
    Shortlist<GoalLine> goalLines,
    OutcomeCounts milestones,
    Shortlist<GoalLine> milestoneLines,
    Shortlist<GoalLine> wins,
    Shortlist<GoalLine> dropped,
    OutcomeCounts previousGoals,
    OutcomeCounts previousMilestones) {}
