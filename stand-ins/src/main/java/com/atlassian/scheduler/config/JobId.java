package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in for the id of a scheduled job ({@code @PublicApi}, a final class): a wrapper around a
 * string, equal when the strings are. A value holder, as atlassian-scheduler's is, so that tests
 * can compare ids.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("A wrapper to distinguish job IDs from simple strings"); {@code static JobId of(String)} as
 * called by many plugins (found by code search).
 */
public final class JobId {

  private final String id;

  private JobId(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  public static JobId of(String id) {
    return new JobId(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobId that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
