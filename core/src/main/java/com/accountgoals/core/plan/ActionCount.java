package com.accountgoals.core.plan;

/**
 * How many actions one goal or one person has in an outline month.
 *
 * @param name the goal's key or the person's user name; {@code null} for actions linked to no goal,
 *     or assigned to nobody
 * @param actions the number of actions
 */
public record ActionCount(String name, int actions) {}
