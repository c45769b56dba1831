/**
 * The traffic-light custom field in Jira: its type (storage, forms, REST JSON), its searcher and
 * index entry (JQL {@code "Traffic light" = RED}), and the plain maps its Velocity templates show.
 *
 * <p>The stored value is core's {@link com.accountgoals.core.trafficlight.TrafficLightCodec} text.
 * Jira hands it around as a {@code String}, as it does for its own text fields, and it is read into
 * a {@link com.accountgoals.core.trafficlight.TrafficLight} only where it is shown or indexed, so
 * that a value that cannot be read never breaks an issue and is never overwritten unless someone
 * saves a new one or chooses, in the edit form, to replace it.
 */
package com.accountgoals.jira.trafficlight;
