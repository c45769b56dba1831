package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.validation.InvalidValueException;

/**
 * What a stored traffic-light text turned out to be when read: a light, or text that cannot be read
 * (edited by hand in the database, or written by a format this version does not know).
 */
sealed interface StoredTrafficLight {

  /** Reads a stored value; never throws for bad text, so that showing an issue never fails. */
  static StoredTrafficLight read(String stored) {
    try {
      return new Readable(TrafficLightCodec.decode(stored));
    } catch (InvalidValueException problem) {
      return new Unreadable(stored, problem);
    }
  }

  /** A stored value that was read into a light. */
  record Readable(TrafficLight light) implements StoredTrafficLight {}

  /** A stored value that could not be read; it is kept exactly as it is. */
  record Unreadable(String raw, InvalidValueException problem) implements StoredTrafficLight {}
}
