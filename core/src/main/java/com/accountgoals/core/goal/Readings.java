package com.accountgoals.core.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The dated readings of a metric's actual value, one per day, in date order. The order the readings
 * arrive in does not matter: they are sorted by day, and of two readings of one day the one {@link
 * Reading#recorded() recorded} last counts (the larger value, should both have been recorded at the
 * same moment, so that the result never depends on arrival order).
 *
 * <p>Kept as two arrays, because a board reads the value of every goal of an account.
 */
public final class Readings {

  private static final Readings NONE = new Readings(new long[0], new double[0]);

  private static final Comparator<Reading> RECORDING_ORDER =
      Comparator.comparing(Reading::date)
          .thenComparingLong(Reading::recorded)
          .thenComparingDouble(Reading::value);

  private final long[] days;
  private final double[] values;

  private Readings(long[] days, double[] values) {
    this.days = days;
    this.values = values;
  }

  /** No readings: nobody measured the goal yet. */
  public static Readings none() {
    return NONE;
  }

  /** The readings {@code readings}, in any order. */
  public static Readings of(Collection<Reading> readings) {
    if (readings.isEmpty()) {
      return NONE;
    }
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(RECORDING_ORDER);
    long[] days = new long[sorted.size()];
    double[] values = new double[sorted.size()];
    int n = 0;
    for (Reading reading : sorted) {
      long day = reading.date().toEpochDay();
      if (n > 0 && days[n - 1] == day) {
        values[n - 1] = reading.value(); // recorded later on the same day: it counts
      } else {
        days[n] = day;
        values[n] = reading.value();
        n++;
      }
    }
    return new Readings(java.util.Arrays.copyOf(days, n), java.util.Arrays.copyOf(values, n));
  }

  /** The readings {@code readings}, in any order. */
  public static Readings of(Reading... readings) {
    return of(List.of(readings));
  }

  public boolean isEmpty() {
    return days.length == 0;
  }

  /** How many days have a reading. */
  public int size() {
    return days.length;
  }

  /** The readings, one per day, in date order. */
  public List<Reading> all() {
    List<Reading> all = new ArrayList<>(days.length);
    for (int i = 0; i < days.length; i++) {
      all.add(Reading.of(values[i], LocalDate.ofEpochDay(days[i])));
    }
    return all;
  }

  /** True when some reading is dated on or before {@code date}. */
  public boolean hasValueOn(LocalDate date) {
    return days.length > 0 && days[0] <= date.toEpochDay();
  }

  /**
   * The value on {@code date}: the last reading dated on or before it. Readings dated later are not
   * used: a board as of a day knows nothing after it.
   *
   * @return the value; {@code NaN} when no reading is that old (check {@link #hasValueOn} first)
   */
  public double valueOn(LocalDate date) {
    int at = lastIndexOnOrBefore(date.toEpochDay());
    return at < 0 ? Double.NaN : values[at];
  }

  /** The last reading dated on or before {@code date}; {@code null} when there is none. */
  public Reading latestOn(LocalDate date) {
    int at = lastIndexOnOrBefore(date.toEpochDay());
    return at < 0 ? null : Reading.of(values[at], LocalDate.ofEpochDay(days[at]));
  }

  /**
   * The last reading dated within {@code first} to {@code last}, both included: a KPI's value of a
   * quarter. {@code null} when none is.
   */
  public Reading lastBetween(LocalDate first, LocalDate last) {
    int at = lastIndexOnOrBefore(last.toEpochDay());
    return at < 0 || days[at] < first.toEpochDay()
        ? null
        : Reading.of(values[at], LocalDate.ofEpochDay(days[at]));
  }

  /**
   * The first reading dated after {@code after} and on or before {@code until} whose value reaches
   * {@code target} in {@code direction}; {@code null} when none does.
   */
  public Reading firstReaching(
      double target, Direction direction, LocalDate after, LocalDate until) {
    long from = after.toEpochDay();
    long to = until.toEpochDay();
    for (int i = firstIndexAfter(from); i < days.length && days[i] <= to; i++) {
      if (direction.reaches(values[i], target)) {
        return Reading.of(values[i], LocalDate.ofEpochDay(days[i]));
      }
    }
    return null;
  }

  /** The day of the {@code index}-th reading as an epoch day, without building a date. */
  public long epochDayAt(int index) {
    return days[index];
  }

  /** The value of the {@code index}-th reading, in date order. */
  public double valueAt(int index) {
    return values[index];
  }

  private int lastIndexOnOrBefore(long day) {
    int low = 0;
    int high = days.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (days[mid] <= day) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private int firstIndexAfter(long day) {
    return lastIndexOnOrBefore(day) + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Readings that
        && java.util.Arrays.equals(days, that.days)
        && java.util.Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(days) + java.util.Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Readings" + all();
  }
}
