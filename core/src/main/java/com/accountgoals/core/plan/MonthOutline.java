package com.accountgoals.core.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month of the plan in outline: how much is planned, per goal and per person.
 *
 * @param month the month
 * @param actions the actions due in the month
 * @param open those of them still open
 * @param perGoal actions per goal served, most first
 * @param perOwner actions per assignee, most first
 */
public record MonthOutline(
    YearMonth month, int actions, int open, List<ActionCount> perGoal, List<ActionCount> perOwner) {

  public MonthOutline {
    Objects.requireNonNull(month, "month");
    perGoal = List.copyOf(perGoal);
    perOwner = List.copyOf(perOwner);
  }
}
