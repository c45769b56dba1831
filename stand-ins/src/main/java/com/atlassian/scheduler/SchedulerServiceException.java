package com.atlassian.scheduler;

/**
 * Stand-in for the checked exception of {@code SchedulerService.scheduleJob} (the unchecked one is
 * {@code SchedulerRuntimeException}). Its constructors are not declared: the app only catches it.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html
 * and the package tree of the same version (a subclass of {@code Exception}, not of {@code
 * RuntimeException}).
 */
public class SchedulerServiceException extends Exception {

  private static final long serialVersionUID = 1L;

  private SchedulerServiceException() {}
}
