package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Stand-in for the configuration of a scheduled job ({@code @PublicApi}, {@code @Immutable}, a
 * final class): which runner, how it runs in a cluster, when. Each {@code with…} returns a copy. A
 * value holder, as atlassian-scheduler's is, so that tests can read what the app scheduled; its
 * parameters are not declared (the app passes none). Jira's defaults (a run mode and a schedule for
 * a job that never set them) are not mirrored: here a job has only what the app set.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html:
 * {@code static JobConfig forJobRunnerKey(JobRunnerKey)}, {@code JobConfig withRunMode(RunMode)},
 * {@code JobConfig withSchedule(Schedule)}, {@code getJobRunnerKey()}, {@code getRunMode()}, {@code
 * getSchedule()}.
 */
public final class JobConfig {

  private final JobRunnerKey jobRunnerKey;
  private final RunMode runMode;
  private final Schedule schedule;

  private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
    this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
    this.runMode = runMode;
    this.schedule = schedule;
  }

  public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
    return new JobConfig(jobRunnerKey, null, null);
  }

  public JobConfig withRunMode(RunMode runMode) {
    return new JobConfig(jobRunnerKey, runMode, schedule);
  }

  public JobConfig withSchedule(Schedule schedule) {
    return new JobConfig(jobRunnerKey, runMode, schedule);
  }

  public JobRunnerKey getJobRunnerKey() {
    return jobRunnerKey;
  }

  public RunMode getRunMode() {
    return runMode;
  }

  public Schedule getSchedule() {
    return schedule;
  }
}
