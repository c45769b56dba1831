package com.accountgoals.core.goal;

import com.accountgoals.core.validation.InvalidValueException;

/** Preconditions on metric values, returning the checked value. */
final class Values {

  private Values() {}

  static double requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(GoalMessages.VALUE_NOT_FINITE.key(), value);
    }
    return value;
  }

  static Double requireFiniteOrNull(Double value) {
    return value == null ? null : requireFinite(value);
  }
}
