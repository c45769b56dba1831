/**
 * The goal model: goals at four levels (vision, relationship, business goal, milestone) and three
 * scopes (individual, team, company), with category, KPI mark, owner, due date, status (open, done,
 * dropped), alignment links, traffic light and metric; and the rules of a single goal that need
 * nothing but the goal: how values compare, how a metric is read in its direction, and the outcome
 * (met on time or late, missed, dropped, closed unmeasured, open).
 *
 * <p>All types are immutable values. A {@link com.accountgoals.core.goal.Goal} is one row as the
 * adapters read it from Jira; a metric carries its dated {@link
 * com.accountgoals.core.goal.Readings} and the history of its target, so that every answer can be
 * given as of any day. Rules that need several goals (trajectory, alignment, SMART, the board) live
 * in the feature packages above.
 */
package com.accountgoals.core.goal;
