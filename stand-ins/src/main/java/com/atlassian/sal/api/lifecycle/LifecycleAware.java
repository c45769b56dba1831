package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for SAL's lifecycle callback, which the app implements and exports as an OSGi service:
 * {@code onStart} runs once the application has started (or, for an app enabled later, once it is
 * enabled), {@code onStop} before it is disabled if {@code onStart} ran.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * (both methods; {@code onStop} since SAL 3.0). Both are declared abstract here so that the app
 * implements both, whatever SAL 10.3 ships.
 */
public interface LifecycleAware {

  void onStart();

  void onStop();
}
