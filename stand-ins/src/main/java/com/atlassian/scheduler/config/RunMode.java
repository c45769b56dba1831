package com.atlassian.scheduler.config;

/**
 * Stand-in for how a job runs in a cluster ({@code @PublicApi}, an enum). {@link
 * #RUN_ONCE_PER_CLUSTER}: "the job is scheduled such that it will only run on one node of the
 * cluster each time that it triggers" (and, stored by the product, it survives a restart).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html.
 */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
