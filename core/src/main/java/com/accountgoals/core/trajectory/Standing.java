package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one business goal stands on a day, with what a chart of it needs: the plan's points, the
 * original plan's if the target was changed, the dated readings so far and the target's history.
 *
 * @param goal the business goal
 * @param summary the goal's summary, so that a reader of the standing alone can name the goal
 * @param unit the metric's unit; {@code null} if none
 * @param scale whole numbers (the plan moves in steps at its points) or continuous (a line)
 * @param direction how the goal is read: towards its target, or a floor or ceiling to keep (which
 *     has no progress, so that a reader can tell "a keep goal" from "no reading yet"); {@code null}
 *     when neither the team nor the metric's kind gives one
 * @param date the day the standing was taken
 * @param planned the planned value on that day; {@code null} without a plan
 * @param actual the value on that day (the last reading by then); {@code null} when not measured
 * @param health the health against the current plan
 * @param healthAgainstOriginal the health against the original plan; {@code null} unless the target
 *     was changed
 * @param progress the progress; {@code null} when it cannot be computed (floors and ceilings, or no
 *     reading yet)
 * @param plan the current plan's points (start, milestones, target); empty without a plan
 * @param originalPlan the original plan's points; empty unless the target was changed
 * @param readings the readings up to the day, one per day, in day order: the trend
 * @param targetChanges the changes of the target up to the day, oldest first
 */
public record Standing(
    IssueKey goal,
    String summary,
    String unit,
    MetricScale scale,
    Direction direction,
    LocalDate date,
    Double planned,
    Double actual,
    Health health,
    Health healthAgainstOriginal,
    Progress progress,
    List<Reading> plan,
    List<Reading> originalPlan,
    List<Reading> readings,
    List<TargetChange> targetChanges) {

  public Standing {
    Objects.requireNonNull(scale, "scale");
    plan = List.copyOf(plan);
    originalPlan = List.copyOf(originalPlan);
    readings = List.copyOf(readings);
    targetChanges = List.copyOf(targetChanges);
  }

  /** The standing of {@code goal}, whose milestones are {@code milestones}, on {@code date}. */
  public static Standing of(
      Goal goal, Collection<Goal> milestones, LocalDate date, HealthTolerance tolerance) {
    MilestonePoints points = MilestonePoints.of(goal, milestones);
    Optional<Trajectory> current = Trajectory.current(goal, points, date);
    boolean replanned = Trajectory.lastChangeBy(goal.metric(), date) != null;
    Optional<Trajectory> original =
        replanned ? Trajectory.original(goal, points) : Optional.empty();
    Health health = HealthRule.healthOn(goal, current.orElse(null), date, tolerance);
    Health againstOriginal =
        replanned ? HealthRule.healthOn(goal, original.orElse(null), date, tolerance) : null;
    List<Reading> trend = new ArrayList<>();
    for (Reading reading : goal.metric().readings().all()) {
      if (!reading.date().isAfter(date)) {
        trend.add(reading);
      }
    }
    List<TargetChange> changes =
        goal.metric().targetChanges().stream().filter(c -> !c.date().isAfter(date)).toList();
    return new Standing(
        goal.key(),
        goal.summary(),
        goal.metric().unit(),
        goal.metric().scale(),
        goal.metric().direction(),
        date,
        current.map(t -> t.plannedOn(date)).orElse(null),
        goal.metric().actualOn(date),
        health,
        againstOriginal,
        Progress.of(goal.metric(), date).orElse(null),
        current.map(Trajectory::points).orElse(List.of()),
        original.map(Trajectory::points).orElse(List.of()),
        trend,
        changes);
  }

  /**
   * The health alone of {@code goal} on {@code date}, as {@link #of} gives it: the board needs the
   * health of every business goal and the whole standing of a few.
   */
  public static Health healthOf(
      Goal goal, Collection<Goal> milestones, LocalDate date, HealthTolerance tolerance) {
    if (!goal.metric().isMeasuredOn(date)) {
      return Health.NOT_MEASURED;
    }
    MilestonePoints points = MilestonePoints.of(goal, milestones);
    return HealthRule.healthOn(
        goal, Trajectory.current(goal, points, date).orElse(null), date, tolerance);
  }

  public boolean isOffTrack() {
    return health == Health.OFF_TRACK;
  }

  /** True when the target was changed, so the standing has an original plan to compare with. */
  public boolean wasReplanned() {
    return healthAgainstOriginal != null;
  }

  /**
   * True when the value today reaches what the plan says for today, in the goal's direction. A
   * whole-number plan holds its value between steps (0 all year with one milestone at the due
   * date), so such a goal is best read against its {@link #nextStep}; one short of the plan is read
   * against the plan's value, the step it missed.
   */
  public boolean isAtPlan() {
    return readable() && planned != null && direction.reaches(actual, planned);
  }

  /**
   * The step a whole-number goal waits for: the first point of its plan from this day on (a point
   * due today included) that the value today does not reach; empty for a continuous goal, one that
   * cannot be read, and one that reaches every point ahead.
   */
  public Optional<Reading> nextStep() {
    if (scale != MetricScale.WHOLE_NUMBERS || !readable()) {
      return Optional.empty();
    }
    return plan.stream()
        .filter(point -> !point.date().isBefore(date) && !direction.reaches(actual, point.value()))
        .findFirst();
  }

  /** True for a whole-number goal whose value today reaches its target, the plan's last point. */
  public boolean reachesTarget() {
    return scale == MetricScale.WHOLE_NUMBERS
        && readable()
        && !plan.isEmpty()
        && direction.reaches(actual, plan.get(plan.size() - 1).value());
  }

  private boolean readable() {
    return direction != null && actual != null;
  }
}
