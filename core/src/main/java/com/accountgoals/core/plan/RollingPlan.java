package com.accountgoals.core.plan;

import com.accountgoals.core.quarter.DateWindow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rolling three-month plan: who does what, when. Revised monthly: on any day of April the plan
 * covers May, June and July. The first month is in detail, with the open actions that were due
 * before May carried over and flagged; the second and third months are in outline, as counts per
 * goal and per person.
 *
 * @param firstMonth the month the plan starts with
 * @param detail the first month's actions, carried-over ones first, then by due date and key; at
 *     most the limit given, see {@link #detailCount()}
 * @param detailCount how many actions the first month holds in all, carried-over ones included
 * @param carriedOver how many open actions were due before the first month
 * @param outline the second and third month
 * @param undatedOpen open actions without a due date: no month can hold them, but they are work
 */
public record RollingPlan(
    YearMonth firstMonth,
    List<PlannedAction> detail,
    int detailCount,
    int carriedOver,
    List<MonthOutline> outline,
    int undatedOpen) {

  /** The months a plan covers. */
  public static final int MONTHS = 3;

  // Written out rather than composed with Comparator.comparing (which boxes the flag and calls a
  // lambda per key): the plan sorts every action of its first month.
  private static final Comparator<PlannedAction> DETAIL_ORDER =
      (a, b) -> {
        if (a.carriedOver() != b.carriedOver()) {
          return a.carriedOver() ? -1 : 1;
        }
        int byDue = a.action().dueDate().compareTo(b.action().dueDate());
        return byDue != 0 ? byDue : a.action().key().compareTo(b.action().key());
      };
  // Most actions first; ties by name, with "nobody" / "no goal" last. Written out as above.
  private static final Comparator<ActionCount> MOST_ACTIONS_FIRST =
      (a, b) -> {
        int byActions = Integer.compare(b.actions(), a.actions());
        if (byActions != 0) {
          return byActions;
        }
        if (a.name() == null || b.name() == null) {
          return a.name() == b.name() ? 0 : a.name() == null ? 1 : -1;
        }
        return a.name().compareTo(b.name());
      };

  public RollingPlan {
    Objects.requireNonNull(firstMonth, "firstMonth");
    detail = List.copyOf(detail);
    outline = List.copyOf(outline);
  }

  /** The plan from {@code actions} for the three months after the month of {@code date}. */
  public static RollingPlan of(Collection<Action> actions, LocalDate date) {
    return of(actions, date, Integer.MAX_VALUE);
  }

  /**
   * The plan, with at most {@code detailLimit} actions in the first month's detail (the earliest
   * ones); the counts always cover every action. A board on a dashboard cannot show thousands.
   */
  public static RollingPlan of(Collection<Action> actions, LocalDate date, int detailLimit) {
    YearMonth first = YearMonth.from(date).plusMonths(1);
    LocalDate firstDay = first.atDay(1);
    List<PlannedAction> detail = new ArrayList<>();
    List<OutlineTally> tallies =
        List.of(new OutlineTally(first.plusMonths(1)), new OutlineTally(first.plusMonths(2)));
    int carriedOver = 0;
    int undatedOpen = 0;
    for (Action action : actions) {
      LocalDate due = action.dueDate();
      if (due == null) {
        undatedOpen += action.isOpen() ? 1 : 0;
        continue;
      }
      if (due.isBefore(firstDay)) {
        if (action.isOpen()) {
          detail.add(new PlannedAction(action, true));
          carriedOver++;
        }
        continue;
      }
      int monthIndex = monthsFrom(first, due);
      if (monthIndex == 0) {
        detail.add(new PlannedAction(action, false));
      } else if (monthIndex < MONTHS) {
        tallies.get(monthIndex - 1).add(action);
      }
    }
    detail.sort(DETAIL_ORDER);
    int detailCount = detail.size();
    List<PlannedAction> shown =
        detail.size() > detailLimit ? detail.subList(0, detailLimit) : detail;
    return new RollingPlan(
        first,
        shown,
        detailCount,
        carriedOver,
        tallies.stream().map(OutlineTally::outline).toList(),
        undatedOpen);
  }

  /**
   * Whole months from {@code first} to the month of {@code day}, as {@code first.until(
   * YearMonth.from(day), MONTHS)} counts them, without building a {@code YearMonth} per action.
   */
  private static int monthsFrom(YearMonth first, LocalDate day) {
    return (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
  }

  /** The days the plan covers: the first day of its first month to the last of its third. */
  public DateWindow window() {
    return windowFrom(firstMonth);
  }

  /** The days a plan made on {@code date} covers: what to load actions for. */
  public static DateWindow windowFor(LocalDate date) {
    return windowFrom(YearMonth.from(date).plusMonths(1));
  }

  private static DateWindow windowFrom(YearMonth first) {
    return DateWindow.of(first.atDay(1), first.plusMonths(MONTHS - 1).atEndOfMonth());
  }

  /** True when the detail shows fewer actions than the first month holds. */
  public boolean isDetailTruncated() {
    return detail.size() < detailCount;
  }

  /** Counts one outline month as actions come in. */
  private static final class OutlineTally {
    private final YearMonth month;
    private final Map<String, int[]> perGoal = new HashMap<>();
    private final Map<String, int[]> perOwner = new HashMap<>();
    private int actions;
    private int open;

    OutlineTally(YearMonth month) {
      this.month = month;
    }

    void add(Action action) {
      actions++;
      open += action.isOpen() ? 1 : 0;
      String goal = action.supports() == null ? null : action.supports().value();
      perGoal.computeIfAbsent(goal, k -> new int[1])[0]++;
      perOwner.computeIfAbsent(action.assignee(), k -> new int[1])[0]++;
    }

    MonthOutline outline() {
      return new MonthOutline(month, actions, open, sorted(perGoal), sorted(perOwner));
    }

    private static List<ActionCount> sorted(Map<String, int[]> counts) {
      List<ActionCount> list = new ArrayList<>(counts.size());
      counts.forEach((name, count) -> list.add(new ActionCount(name, count[0])));
      list.sort(MOST_ACTIONS_FIRST);
      return list;
    }
  }
}
