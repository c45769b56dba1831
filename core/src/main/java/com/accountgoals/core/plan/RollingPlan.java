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
 * The rolling three-month plan: who does what, when. It starts with the current month: during May,
 * May in detail, June and July in outline.
 *
 * <ul>
 *   <li>The detail holds the current month's actions, open and done (the QBR sees what was done),
 *       and every open action whose due date has passed: carried over, flagged, with its original
 *       date. An action due today is not carried over yet.
 *   <li>The outline counts the second and third month's actions per goal and per person.
 *   <li>Open actions without a due date are listed apart ("no date").
 *   <li>Not shown: done actions due before the current month, actions due after the third month,
 *       and dropped actions (won't do, cancelled, duplicate), which are no work at all.
 * </ul>
 *
 * Lists are cut at the least important end; the counts always cover every action. The plan never
 * depends on the order of the actions it is built from.
 *
 * @param firstMonth the current month, the one in detail
 * @param detail the current month's actions: carried-over ones first, then by due date and key; at
 *     most the limit given, see {@link #detailCount()}
 * @param detailCount how many actions the detail holds in all, carried-over ones included
 * @param carriedOver how many of them are carried over: open, and due before the day of the plan
 * @param outline the second and third month
 * @param undated open actions without a due date, by key; at most the limit given, see {@link
 *     #undatedCount()}
 * @param undatedCount how many open actions have no due date in all
 */
public record RollingPlan(
    YearMonth firstMonth,
    List<PlannedAction> detail,
    int detailCount,
    int carriedOver,
    List<MonthOutline> outline,
    List<Action> undated,
    int undatedCount) {

  /** The months a plan covers. */
  public static final int MONTHS = 3;

  // Comparators written out rather than composed with Comparator.comparing (which calls a lambda
  // per key): a board builds the plan for accounts with up to 100 000 actions.
  private static final Comparator<Action> BY_DUE_DATE_THEN_KEY =
      (a, b) -> {
        int byDue = a.dueDate().compareTo(b.dueDate());
        return byDue != 0 ? byDue : a.key().compareTo(b.key());
      };
  private static final Comparator<Action> BY_KEY = (a, b) -> a.key().compareTo(b.key());
  // Most actions first; ties by name, with "nobody" / "no goal" last.
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
    undated = List.copyOf(undated);
  }

  /** The plan from {@code actions} on {@code date}, every action listed. */
  public static RollingPlan of(Collection<Action> actions, LocalDate date) {
    return of(actions, date, Integer.MAX_VALUE);
  }

  /**
   * The plan from {@code actions} on {@code date}, with at most {@code limit} actions in the detail
   * and in the undated list: a board on a dashboard cannot show thousands. The counts cover every
   * action.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static RollingPlan of(Collection<Action> actions, LocalDate date, int limit) {
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(date, "date");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " < 0");
    }
    YearMonth first = YearMonth.from(date);
    List<Action> carried = new ArrayList<>();
    List<Action> current = new ArrayList<>();
    List<Action> undated = new ArrayList<>();
    OutlineTally second = new OutlineTally(first.plusMonths(1));
    OutlineTally third = new OutlineTally(first.plusMonths(2));
    for (Action action : actions) {
      if (action.isDropped()) {
        continue; // won't do, cancelled or duplicate: no work, in no list and no count
      }
      LocalDate due = action.dueDate();
      if (due == null) {
        if (action.isOpen()) {
          undated.add(action);
        }
      } else if (action.isOpen() && due.isBefore(date)) {
        carried.add(action);
      } else {
        int month = monthsFrom(first, due);
        if (month == 0) {
          current.add(action);
        } else if (month == 1) {
          second.add(action);
        } else if (month == 2) {
          third.add(action);
        }
        // Otherwise done before the current month, or due after the third: not shown.
      }
    }
    carried.sort(BY_DUE_DATE_THEN_KEY);
    current.sort(BY_DUE_DATE_THEN_KEY);
    undated.sort(BY_KEY);
    return new RollingPlan(
        first,
        calculateDetail(carried, current, limit),
        carried.size() + current.size(),
        carried.size(),
        List.of(second.outline(), third.outline()),
        undated.size() > limit ? undated.subList(0, limit) : undated,
        undated.size());
  }

  /** Carried-over actions first: when the list is cut, the current month's latest go. */
  private static List<PlannedAction> calculateDetail(
      List<Action> carried, List<Action> current, int limit) {
    int shown = (int) Math.min(limit, (long) carried.size() + current.size());
    List<PlannedAction> detail = new ArrayList<>(shown);
    for (int i = 0; i < carried.size() && detail.size() < shown; i++) {
      detail.add(new PlannedAction(carried.get(i), true));
    }
    for (int i = 0; i < current.size() && detail.size() < shown; i++) {
      detail.add(new PlannedAction(current.get(i), false));
    }
    return detail;
  }

  /**
   * Whole months from {@code first} to the month of {@code day}, as {@code first.until(
   * YearMonth.from(day), MONTHS)} counts them, without building a {@code YearMonth} per action.
   */
  private static int monthsFrom(YearMonth first, LocalDate day) {
    return (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
  }

  /** The days the plan covers: the first day of the current month to the last of the third. */
  public DateWindow window() {
    return windowFrom(firstMonth);
  }

  /**
   * The days a plan made on {@code date} covers: the first day of the month of {@code date} to the
   * last day of the month two months later. What to load actions for (see the port's contract).
   */
  public static DateWindow windowFor(LocalDate date) {
    return windowFrom(YearMonth.from(date));
  }

  private static DateWindow windowFrom(YearMonth first) {
    return DateWindow.of(first.atDay(1), first.plusMonths(MONTHS - 1).atEndOfMonth());
  }

  /** True when the detail shows fewer actions than it holds. */
  public boolean isDetailTruncated() {
    return detail.size() < detailCount;
  }

  /** True when the undated list shows fewer actions than there are. */
  public boolean isUndatedTruncated() {
    return undated.size() < undatedCount;
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
