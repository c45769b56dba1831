package com.accountgoals.core.qbr;

import java.util.List;

/**
 * The first few entries of a list on the board and how many there are in all. A dashboard gadget
 * shows a handful; an account with 100 000 rows must not put 100 000 lines on it.
 *
 * @param total how many entries there are
 * @param shown the first of them in the board's order, at most the board's list limit
 * @param <T> the entry type
 */
public record Shortlist<T>(int total, List<T> shown) {

  public Shortlist {
    shown = List.copyOf(shown);
  }

  /** True when some entries are not shown. */
  public boolean isTruncated() {
    return shown.size() < total;
  }

  /** True when there are no entries at all. */
  public boolean isEmpty() {
    return total == 0;
  }
}
