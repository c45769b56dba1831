package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for atlassian-event's annotation of a listener method: a public method with one
 * argument, called for every published event assignable to that argument.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html ("a
 * public method annotated with EventListener and one argument").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
