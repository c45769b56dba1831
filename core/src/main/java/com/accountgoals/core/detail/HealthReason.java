package com.accountgoals.core.detail;

import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.MetricScale;
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
   */
  static HealthReason of(Metric metric, Standing standing) {
    if (standing.health() == Health.NOT_MEASURED) {
      return new HealthReason(DetailMessages.WHY_NOT_MEASURED.key(), List.of());
    }
    String unit = metric.unit();
    Argument actual = new Argument.Amount(standing.actual(), unit);
    Reading next = nextStep(metric, standing);
    if (next != null) {
      return new HealthReason(
          DetailMessages.WHY_NEXT_STEP.key(),
          List.of(actual, new Argument.Amount(next.value(), unit), new Argument.Day(next.date())));
    }
    Argument day = new Argument.Day(standing.date());
    if (standing.planned() != null) {
      return new HealthReason(
          DetailMessages.WHY_AGAINST_PLAN.key(),
          List.of(actual, new Argument.Amount(standing.planned(), unit), day));
    }
    return new HealthReason(
        DetailMessages.WHY_AGAINST_TARGET.key(),
        List.of(actual, new Argument.Amount(metric.targetOn(standing.date()), unit), day));
  }

  /**
   * The step a whole-number goal to watch is waiting for: the first point of its plan from today on
   * that the value now does not reach. Such a goal is at its plan's value today (the plan holds
   * between steps), so "the plan says" alone would not tell why it is to watch. {@code null} for
   * every other goal.
   */
  private static Reading nextStep(Metric metric, Standing standing) {
    if (standing.health() != Health.WATCH || standing.scale() != MetricScale.WHOLE_NUMBERS) {
      return null;
    }
    for (Reading point : standing.plan()) {
      if (!point.date().isBefore(standing.date())
          && !metric.direction().reaches(standing.actual(), point.value())) {
        return point;
      }
    }
    return null;
  }
}
