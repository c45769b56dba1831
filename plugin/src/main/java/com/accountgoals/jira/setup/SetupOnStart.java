package com.accountgoals.jira.setup;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the global setup when the app starts: SAL calls {@link #onStart()} once Jira is fully up
 * (and, for an app enabled later, once it is enabled), never during Jira's own start-up, provided
 * this bean is exported as a {@link LifecycleAware} OSGi service (see {@code plugin-context.xml}).
 * A failure is logged and never stops the app from enabling; the admin page can run setup again.
 */
public final class SetupOnStart implements LifecycleAware {

  private static final Logger LOG = LoggerFactory.getLogger(SetupOnStart.class);

  private final AppSetup setup;

  public SetupOnStart(AppSetup setup) {
    this.setup = setup;
  }

  @Override
  public void onStart() {
    try {
      setup.runGlobalSetup();
    } catch (RuntimeException e) {
      LOG.error("Setup on start failed; run it again from the app's admin page", e);
    }
  }

  @Override
  public void onStop() {
    // Nothing to undo: setup never deletes anything.
  }
}
