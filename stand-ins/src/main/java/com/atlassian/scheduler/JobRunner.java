package com.atlassian.scheduler;

/**
 * Stand-in for the work a scheduled job does ({@code @PublicSpi}): "Plugins should register the
 * JobRunner implementation at startup/plugin enabled, and unregister the JobRunner when the plugin
 * is disabled". A null response counts as success.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html:
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest request)}.
 */
public interface JobRunner {

  JobRunnerResponse runJob(JobRunnerRequest request);
}
