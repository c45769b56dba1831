package com.atlassian.event.api;

/**
 * Stand-in for atlassian-event's publisher, the Jira service listeners register with.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html
 * ("All Known Subinterfaces: EventPublisher"); the app calls only the inherited members.
 */
public interface EventPublisher extends EventListenerRegistrar {}
