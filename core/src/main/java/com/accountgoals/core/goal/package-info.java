/**
 * The goal model: goals at four levels (vision, relationship, business goal, milestone) with their
 * category, owner, due date, status, alignment link, traffic light and metric.
 *
 * <p>All types are immutable values. A {@link com.accountgoals.core.goal.Goal} is one row as the
 * adapters read it from Jira; rules and derived views live in the feature packages next to this one
 * and compute from these values alone.
 */
package com.accountgoals.core.goal;
