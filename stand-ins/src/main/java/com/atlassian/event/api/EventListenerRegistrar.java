package com.atlassian.event.api;

/**
 * Stand-in for the registrar of event listeners, which {@link EventPublisher} extends.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html
 * (2.3.0): {@code register(Object)}, {@code unregister(Object)}.
 */
public interface EventListenerRegistrar {

  void register(Object listener);

  void unregister(Object listener);
}
