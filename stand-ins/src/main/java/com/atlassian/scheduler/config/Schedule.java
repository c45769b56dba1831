package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

/**
 * Stand-in for when a job runs ({@code @PublicApi}, {@code @Immutable}, a final class built by its
 * static factories). A value holder, equal when the cron expression and the time zone are, as
 * atlassian-scheduler's documents {@code equals}, so that tests can compare schedules; only the
 * factory the app calls is declared.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html:
 * {@code static Schedule forCronExpression(String cronExpression, TimeZone timeZone)}, {@code
 * boolean equals(Object)}, {@code int hashCode()}.
 */
public final class Schedule {

  private final String cronExpression;
  private final TimeZone timeZone;

  private Schedule(String cronExpression, TimeZone timeZone) {
    this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
    this.timeZone = timeZone;
  }

  public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
    return new Schedule(cronExpression, timeZone);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schedule that
        && cronExpression.equals(that.cronExpression)
        && Objects.equals(timeZone, that.timeZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cronExpression, timeZone);
  }

  @Override
  public String toString() {
    return cronExpression + " " + (timeZone == null ? "" : timeZone.getID());
  }
}
