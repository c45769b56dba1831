package com.accountgoals.core.qbr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the first {@code limit} entries in an order while counting all of them, in memory
 * bounded by the limit: a heap whose head is the worst entry kept, replaced when a better one
 * comes. Makes a {@link Shortlist} without sorting every row of the account; {@link #accepts} lets
 * a caller build an entry only when it will be kept.
 */
final class TopList<T> {

  private final int limit;
  private final Comparator<? super T> order;
  private final PriorityQueue<T> kept;
  private int total;

  TopList(int limit, Comparator<? super T> order) {
    this.limit = limit;
    this.order = order;
    this.kept = new PriorityQueue<>(Math.min(limit, 64) + 1, order.reversed());
  }

  void add(T entry) {
    total++;
    if (limit == 0) {
      return;
    }
    if (kept.size() < limit) {
      kept.add(entry);
    } else if (order.compare(entry, kept.peek()) < 0) {
      kept.poll();
      kept.add(entry);
    }
  }

  /** True when the list keeps nothing at all (a limit of 0). */
  boolean keepsNothing() {
    return limit == 0;
  }

  /** The last entry kept once the list is full, which a new entry must beat; else {@code null}. */
  T lastKeptIfFull() {
    return kept.size() < limit ? null : kept.peek();
  }

  /** True when an entry that sorts like {@code probe} would be kept, were it added now. */
  boolean accepts(T probe) {
    return limit > 0 && (kept.size() < limit || order.compare(probe, kept.peek()) < 0);
  }

  /** Counts an entry that is not kept, after {@link #accepts} said no. */
  void skip() {
    total++;
  }

  Shortlist<T> toShortlist() {
    List<T> shown = new ArrayList<>(kept);
    shown.sort(order);
    return new Shortlist<>(total, shown);
  }

  /** The shortlist of the items of ranked entries, in rank order. */
  static <U> Shortlist<U> itemsOf(TopList<Ranked<U>> ranked) {
    Shortlist<Ranked<U>> entries = ranked.toShortlist();
    List<U> items = new ArrayList<>(entries.shown().size());
    for (Ranked<U> entry : entries.shown()) {
      items.add(entry.item());
    }
    return new Shortlist<>(entries.total(), items);
  }

  /** An empty list cut in the board's order at {@code limit}. */
  static <U> TopList<Ranked<U>> ranked(int limit) {
    return new TopList<>(limit, Ranked.MOST_URGENT_FIRST);
  }
}
