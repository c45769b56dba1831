package com.accountgoals.jira.rows.fakes;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Jira calls a board made, by kind, and the time they would have taken: each kind adds a
 * latency per call (see {@link Kind}). Nothing sleeps; the time is simulated.
 */
public final class Calls {

  /**
   * The kinds of Jira calls, each with the latency assumed for one call in a Jira Data Center node
   * with a local database (microseconds).
   */
  public enum Kind {
    /**
     * One JQL search returning a page of up to 500 issues: Lucene query plus loading the issues.
     */
    SEARCH(40_000),
    /** Parsing a JQL string: in memory. */
    PARSE(200),
    /** One custom field value of one issue: a database read, Jira keeps no cache of values. */
    FIELD_READ(300),
    /**
     * The change histories of a page of issues in one call: one database query, permission checks.
     */
    HISTORY_READ(60_000),
    /** The inward or outward links of one issue: a database read, not cached since Jira 7.0.1. */
    LINK_READ(1_000),
    /** A project, a permission, a custom field object, the resolutions: Jira's in-memory caches. */
    LOOKUP(10),
    /** A get or remove in an atlassian-cache cache on the node. */
    CACHE(5);

    private final long micros;

    Kind(long micros) {
      this.micros = micros;
    }

    public long micros() {
      return micros;
    }
  }

  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);

  /** Counts one call of {@code kind}. */
  public void count(Kind kind) {
    counts.merge(kind, 1L, Long::sum);
  }

  /** How many calls of {@code kind} were made. */
  public long of(Kind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  /** All Jira calls (cache calls are the app's own, not Jira's). */
  public long jiraCalls() {
    long total = 0;
    for (Kind kind : Kind.values()) {
      if (kind != Kind.CACHE) {
        total += of(kind);
      }
    }
    return total;
  }

  /** The simulated time of all calls, in milliseconds. */
  public double millis() {
    long micros = 0;
    for (Map.Entry<Kind, Long> entry : counts.entrySet()) {
      micros += entry.getKey().micros() * entry.getValue();
    }
    return micros / 1000.0;
  }

  /** Forgets every call so far. */
  public void reset() {
    counts.clear();
  }
}
