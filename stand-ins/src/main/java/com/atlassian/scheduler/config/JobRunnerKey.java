package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in for the key a {@code JobRunner} is registered under ({@code @PublicApi}, a final class):
 * a wrapper around a string, equal when the strings are. A value holder, as atlassian-scheduler's
 * is, so that tests can compare keys.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("A wrapper to distinguish job runner keys from simple strings"); {@code static JobRunnerKey
 * of(String)} as called by many plugins (e.g. Bitbucket and Jira apps found by code search).
 */
public final class JobRunnerKey {

  private final String key;

  private JobRunnerKey(String key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  public static JobRunnerKey of(String key) {
    return new JobRunnerKey(key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JobRunnerKey that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
