package com.atlassian.scheduler;

/**
 * Stand-in for a request to run a job (an interface; no member used by the app).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html
 * ("JobRunnerRequest: Represents a request to run a job").
 */
public interface JobRunnerRequest {}
