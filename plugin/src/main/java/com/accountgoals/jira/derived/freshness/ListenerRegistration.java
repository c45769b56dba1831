package com.accountgoals.jira.derived.freshness;

import com.atlassian.event.api.EventPublisher;

/**
 * Keeps an event listener registered with Jira's event publisher while the app's context runs:
 * Spring calls {@link #start()} when the context starts and {@link #stop()} when it stops, so the
 * listener itself needs no publisher.
 */
public final class ListenerRegistration {

  private final EventPublisher eventPublisher;
  private final Object listener;

  public ListenerRegistration(EventPublisher eventPublisher, Object listener) {
    this.eventPublisher = eventPublisher;
    this.listener = listener;
  }

  /** Starts the listener's events. */
  public void start() {
    eventPublisher.register(listener);
  }

  /** Ends them. */
  public void stop() {
    eventPublisher.unregister(listener);
  }
}
