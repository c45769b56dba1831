package com.accountgoals.core.message;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Values;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One argument of a finding's message, typed, never formatted: core hands over numbers, amounts,
 * days and keys, and the adapter writes them in the reader's language (47.843,27 EUR in German,
 * 47,843.27 EUR in English).
 */
public sealed interface Argument
    permits Argument.Count,
        Argument.Number,
        Argument.Amount,
        Argument.Difference,
        Argument.Day,
        Argument.Key,
        Argument.Keys {

  /** A whole count: words, months, milestones. */
  record Count(long value) implements Argument {}

  /** A plain number without a unit: a ratio, a number of months with a fraction. */
  record Number(double value) implements Argument {
    public Number {
      Values.requireBounded(value);
    }
  }

  /**
   * A value in a goal's unit.
   *
   * @param value the value
   * @param unit the unit as the team wrote it; {@code null} when the goal has none
   */
  record Amount(double value, String unit) implements Argument {
    public Amount {
      Values.requireBounded(value);
    }
  }

  /**
   * A difference of two values in a goal's unit, such as a pace a month: not a value of its own, so
   * the adapter writes a difference of two percentages in percentage points (0.5 points, never 0.5
   * %, which reads as a share of a share).
   *
   * @param value the difference
   * @param unit the unit of the two values as the team wrote it; {@code null} when the goal has
   *     none
   */
  record Difference(double value, String unit) implements Argument {
    public Difference {
      Values.requireBounded(value);
    }
  }

  /** A day. */
  record Day(LocalDate date) implements Argument {
    public Day {
      Objects.requireNonNull(date, "date");
    }
  }

  /** An issue key; the adapter may link it. */
  record Key(IssueKey key) implements Argument {
    public Key {
      Objects.requireNonNull(key, "key");
    }
  }

  /** Issue keys in an order that matters, such as the goals on a cycle of links. */
  record Keys(List<IssueKey> keys) implements Argument {
    public Keys {
      keys = List.copyOf(keys);
    }
  }

  static Count count(long value) {
    return new Count(value);
  }

  static Number number(double value) {
    return new Number(value);
  }

  static Amount amount(double value, String unit) {
    return new Amount(value, unit);
  }

  static Difference difference(double value, String unit) {
    return new Difference(value, unit);
  }

  static Day day(LocalDate date) {
    return new Day(date);
  }

  static Key key(IssueKey key) {
    return new Key(key);
  }

  static Keys keys(List<IssueKey> keys) {
    return new Keys(keys);
  }
}
