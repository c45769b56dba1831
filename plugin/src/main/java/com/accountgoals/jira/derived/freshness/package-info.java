/**
 * Keeps the calculated Goal progress and Goal health fresh in Jira's index. Jira re-indexes an
 * issue when the issue itself changes; a goal's values also depend on its milestones and on the
 * date, so:
 *
 * <ul>
 *   <li>{@link com.accountgoals.jira.derived.freshness.DependentGoals} finds the goals whose values
 *       read a changed issue or link, following exactly what {@code GoalStandings} reads;
 *   <li>{@link com.accountgoals.jira.derived.freshness.GoalFreshnessListener} re-indexes them on
 *       Jira's issue and link events;
 *   <li>{@link com.accountgoals.jira.derived.freshness.DailyGoalReindex}, a job run once per
 *       cluster soon after midnight ({@link
 *       com.accountgoals.jira.derived.freshness.DailyGoalReindexSchedule}), re-indexes the open
 *       goals of the account projects, since health moves with the date.
 * </ul>
 *
 * <p>All of it goes through {@link com.accountgoals.jira.derived.freshness.GoalReindexer}, which
 * logs a failure and never throws into Jira's event dispatch or scheduler.
 */
package com.accountgoals.jira.derived.freshness;
