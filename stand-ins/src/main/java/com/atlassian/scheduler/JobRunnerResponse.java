package com.atlassian.scheduler;

/**
 * Stand-in for the result of a run (a class; no member used by the app, which returns null: "The
 * response is permitted to be null, which is treated as identical to JobRunnerResponse.success()").
 * Its constructors are not declared.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html.
 */
public class JobRunnerResponse {

  private JobRunnerResponse() {}
}
