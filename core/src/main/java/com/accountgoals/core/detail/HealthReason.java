package com.accountgoals.core.detail;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.util.List;
import java.util.Objects;

/**
 * Why a business goal has its health, as one sentence's key and typed arguments: the value now
 * against what the plan says for the day (or, for a floor or ceiling, against its target). The
 * health itself is {@link com.accountgoals.core.trajectory.HealthRule}'s; this only names the
 * figures it was read from, for the reader to check.
 *
 * @param messageKey the sentence's i18n key (see {@link DetailMessages})
 * @param arguments its arguments
 */
public record HealthReason(String messageKey, List<Argument> arguments) {

  public HealthReason {
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  /**
   * The reason for the health of a goal whose metric is {@code metric}, standing {@code standing}.
   * A whole-number goal to watch names the step it waits for; one on track and at its plan's value
   * today names its next step; one on track but short of that value (it met its target and fell
   * back since) is not on plan, and is explained against the plan, as every other goal is. One that
   * reaches its target says so: its plan's value today, held since the last step, would say
   * nothing.
   */
  static HealthReason of(Metric metric, Standing standing) {
    if (standing.health() == Health.NOT_MEASURED) {
      return new HealthReason(DetailMessages.WHY_NOT_MEASURED.key(), List.of());
    }
    String unit = metric.unit();
    Argument actual = new Argument.Amount(standing.actual(), unit);
    Reading next = standing.nextStep().orElse(null);
    if (next != null && standing.health() == Health.WATCH) {
      return new HealthReason(DetailMessages.WHY_NEXT_STEP.key(), step(actual, next, unit));
    }
    if (next != null && standing.health() == Health.ON_TRACK && standing.isAtPlan()) {
      return new HealthReason(DetailMessages.WHY_ON_PLAN_NEXT_STEP.key(), step(actual, next, unit));
    }
    if (standing.reachesTarget()) {
      List<Reading> plan = standing.plan();
      return new HealthReason(
          DetailMessages.WHY_TARGET_REACHED.key(),
          List.of(actual, new Argument.Amount(plan.get(plan.size() - 1).value(), unit)));
    }
    if (standing.planned() != null) {
      return new HealthReason(
          DetailMessages.WHY_AGAINST_PLAN.key(),
          List.of(
              actual,
              new Argument.Amount(standing.planned(), unit),
              new Argument.Day(standing.date())));
    }
    // Only a floor or ceiling is measured without a plan: a goal towards a target that has no plan
    // for the day is not measured (HealthRule), and was answered above.
    return keep(metric.direction(), standing.actual(), metric.targetOn(standing.date()), unit);
  }

  /**
   * A floor or ceiling: which side of it the value is on and, on the wrong side, by how much, since
   * that distance in the goal's own unit is what its tolerance is read against.
   */
  private static HealthReason keep(Direction direction, double value, double target, String unit) {
    boolean ceiling = direction == Direction.KEEP_AT_MOST;
    Argument now = new Argument.Amount(value, unit);
    Argument limit = new Argument.Amount(target, unit);
    if (direction.reaches(value, target)) {
      return new HealthReason(
          (ceiling ? DetailMessages.WHY_WITHIN_CEILING : DetailMessages.WHY_ON_FLOOR).key(),
          List.of(now, limit));
    }
    return new HealthReason(
        (ceiling ? DetailMessages.WHY_ABOVE_CEILING : DetailMessages.WHY_BELOW_FLOOR).key(),
        List.of(now, new Argument.Difference(Math.abs(value - target), unit), limit));
  }

  private static List<Argument> step(Argument actual, Reading next, String unit) {
    return List.of(actual, new Argument.Amount(next.value(), unit), new Argument.Day(next.date()));
  }
}
