package com.accountgoals.jira.derived.freshness;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the daily re-index with Jira's scheduler when the app starts (SAL calls {@link
 * #onStart()} once Jira is up, or when the app is enabled later, for the services exported as
 * {@link LifecycleAware}) and unregisters its runner when the app stops.
 *
 * <p>The job is triggered once per cluster five minutes past every hour ({@value #CRON_EXPRESSION}
 * in UTC) and does its work only in the first hour of the site's day, in the zone {@code Today}
 * dates goals by (the administrator's, else Jira's default): just after the date changed, the only
 * moment health can change without an issue changing. An hourly trigger reaches the first hour of
 * every zone, also those half an hour off UTC, and follows a zone the administrator changes without
 * rescheduling; the other 23 runs return at once. A fixed interval would drift with every restart.
 * Scheduling under the same {@link #JOB_ID} on every start replaces the job rather than adding one.
 */
public final class DailyGoalReindexSchedule implements LifecycleAware {

  /** The key the job's runner is registered under, on every node. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("com.accountgoals.jira.daily-goal-reindex");

  /** The one job, cluster-wide. */
  public static final JobId JOB_ID = JobId.of("com.accountgoals.jira.daily-goal-reindex");

  /** Five minutes past every hour (Quartz-style: seconds, minutes, hours, day, month, weekday). */
  public static final String CRON_EXPRESSION = "0 5 * * * ?";

  /** The zone of the trigger: UTC, since the hours of every zone's day begin on UTC's quarter. */
  static final TimeZone TRIGGER_ZONE = TimeZone.getTimeZone("UTC");

  private static final Logger LOG = LoggerFactory.getLogger(DailyGoalReindexSchedule.class);

  private final SchedulerService schedulerService;
  private final DailyGoalReindex job;

  public DailyGoalReindexSchedule(SchedulerService schedulerService, DailyGoalReindex job) {
    this.schedulerService = schedulerService;
    this.job = job;
  }

  @Override
  public void onStart() {
    try {
      schedulerService.registerJobRunner(RUNNER_KEY, job);
      schedulerService.scheduleJob(
          JOB_ID,
          JobConfig.forJobRunnerKey(RUNNER_KEY)
              .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
              .withSchedule(Schedule.forCronExpression(CRON_EXPRESSION, TRIGGER_ZONE)));
    } catch (SchedulerServiceException | RuntimeException e) {
      LOG.error(
          "Scheduling the daily re-index of goal health failed; goals are still re-indexed when"
              + " they or their milestones change",
          e);
    }
  }

  /**
   * Unregisters this node's runner only. The job itself stays scheduled: Jira stores schedules
   * cluster-wide and keeps them across restarts, so unscheduling when one node stops, or while the
   * app is being upgraded, would end the daily re-index for every node still running the app; the
   * next start schedules it again under the same id.
   */
  @Override
  public void onStop() {
    try {
      schedulerService.unregisterJobRunner(RUNNER_KEY);
    } catch (RuntimeException e) {
      LOG.warn("Unregistering the daily re-index's runner failed", e);
    }
  }
}
