package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;

/**
 * A milestone as a point on its business goal's plan: its value by its day.
 *
 * @param milestone the milestone's key
 * @param date its due date
 * @param value its target, in the goal's unit
 */
public record MilestonePoint(IssueKey milestone, LocalDate date, double value) {}
