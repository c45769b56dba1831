package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Where one business goal stands on a day: planned value, actual value, health and progress. The
 * QBR board lists one per business goal.
 *
 * @param goal the business goal
 * @param date the day the standing was taken
 * @param planned the planned value on that day; {@code null} without a trajectory
 * @param actual the actual value; {@code null} when nobody measured it
 * @param health the health on that day
 * @param progress the progress; {@code null} when it cannot be computed
 */
public record Standing(
    IssueKey goal,
    LocalDate date,
    Double planned,
    Double actual,
    Health health,
    Progress progress) {

  /** The standing of {@code goal}, whose milestones are {@code milestones}, on {@code date}. */
  public static Standing of(
      Goal goal, Collection<Goal> milestones, LocalDate date, HealthTolerance tolerance) {
    Optional<Trajectory> trajectory = Trajectory.of(goal, milestones);
    Double actual = goal.metric().actualOn(date);
    Double planned = trajectory.map(t -> t.plannedOn(date)).orElse(null);
    Health health =
        trajectory.isPresent() && actual != null
            ? trajectory.get().healthOn(date, actual, tolerance)
            : Health.NOT_MEASURED;
    return new Standing(
        goal.key(), date, planned, actual, health, Progress.of(goal.metric(), date).orElse(null));
  }

  /**
   * The health alone of {@code goal} on {@code date}, as {@link #of} would give it, without the
   * rest of the standing: the board needs the health of every business goal and the standing of a
   * few.
   */
  public static Health healthOf(
      Goal goal, Collection<Goal> milestones, LocalDate date, HealthTolerance tolerance) {
    Double actual = goal.metric().actualOn(date);
    if (actual == null) {
      return Health.NOT_MEASURED;
    }
    return Trajectory.of(goal, milestones)
        .map(t -> t.healthOn(date, actual, tolerance))
        .orElse(Health.NOT_MEASURED);
  }

  public boolean isOffTrack() {
    return health == Health.OFF_TRACK;
  }
}
