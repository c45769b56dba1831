package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Stand-in for atlassian-scheduler's service ({@code @PublicApi}): an app registers a {@link
 * JobRunner} under a key and schedules jobs for that key; the schedule is stored by the product,
 * cluster-wide.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html:
 * {@code void registerJobRunner(JobRunnerKey, JobRunner)}, {@code void
 * unregisterJobRunner(JobRunnerKey)}, {@code void scheduleJob(JobId, JobConfig) throws
 * SchedulerServiceException}; the same three members on Bamboo 9.2.11's implementation
 * (https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html,
 * Platform 6).
 */
public interface SchedulerService {

  void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

  void unregisterJobRunner(JobRunnerKey jobRunnerKey);

  void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
