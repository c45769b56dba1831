package com.accountgoals.core.goal;

import java.time.LocalDate;

/**
 * The rule that turns a point to reach (a target by a due date) and the readings of a metric into
 * an outcome on a day. Shared by business goals and milestones, which differ only in where their
 * target, readings, direction and status come from.
 *
 * <ul>
 *   <li>Dropped is dropped, whatever the readings say.
 *   <li>An increase or decrease is met by the first reading, up to the day, that reaches the target
 *       valid on the reading's date: on time when that reading is dated on or before the due date,
 *       late after it. The team need not have closed it.
 *   <li>A floor or ceiling is met only at its due date, by the value on that date; closed before
 *       it, by the last value.
 *   <li>Otherwise: closed with readings is missed, closed without any is "closed, not measured";
 *       open is overdue past the due date, else upcoming, or undated without a due date.
 * </ul>
 */
final class OutcomeRule {

  private OutcomeRule() {}

  /**
   * The outcome on {@code today}.
   *
   * @param target the metric whose target (valid on each day) is to be reached: the goal's own, or
   *     a milestone's
   */
  static Verdict judge(
      Metric target,
      LocalDate due,
      Direction direction,
      Readings readings,
      GoalStatus status,
      LocalDate today) {
    if (status.isDropped()) {
      return Verdict.of(Outcome.DROPPED);
    }
    boolean judgeable = direction != null && target.targetOnDay(today.toEpochDay()) != null;
    if (judgeable) {
      Verdict met =
          direction.isKeep()
              ? keptOn(target, due, direction, readings, status, today)
              : firstReached(target, due, direction, readings, today);
      if (met != null) {
        return met;
      }
    }
    if (!status.isOpen()) {
      return Verdict.of(
          judgeable && readings.hasValueOn(today) ? Outcome.MISSED : Outcome.CLOSED_NOT_MEASURED);
    }
    if (due == null) {
      return Verdict.of(Outcome.UNDATED);
    }
    return Verdict.of(due.isBefore(today) ? Outcome.OVERDUE : Outcome.UPCOMING);
  }

  private static Verdict firstReached(
      Metric target, LocalDate due, Direction direction, Readings readings, LocalDate today) {
    long last = today.toEpochDay();
    long dueDay = due == null ? Long.MAX_VALUE : due.toEpochDay();
    for (int i = 0; i < readings.size() && readings.epochDayAt(i) <= last; i++) {
      long day = readings.epochDayAt(i);
      Double valid = target.targetOnDay(day);
      if (valid != null && direction.reaches(readings.valueAt(i), valid)) {
        boolean onTime = day <= dueDay;
        return new Verdict(
            onTime ? Outcome.MET_ON_TIME : Outcome.MET_LATE, LocalDate.ofEpochDay(day));
      }
    }
    return null;
  }

  /**
   * A floor or ceiling is judged on the value at its due date once that day has come; a goal closed
   * before then, or one without a due date, on its last value.
   */
  private static Verdict keptOn(
      Metric target,
      LocalDate due,
      Direction direction,
      Readings readings,
      GoalStatus status,
      LocalDate today) {
    boolean periodOver = due != null && !today.isBefore(due);
    if (!periodOver && status.isOpen()) {
      return null;
    }
    LocalDate judgedOn = periodOver ? due : today;
    if (!readings.hasValueOn(judgedOn)) {
      return null;
    }
    Double valid = target.targetOnDay(judgedOn.toEpochDay());
    return direction.reaches(readings.valueOn(judgedOn), valid)
        ? new Verdict(Outcome.MET_ON_TIME, judgedOn)
        : null;
  }
}
