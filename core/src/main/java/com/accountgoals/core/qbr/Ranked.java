package com.accountgoals.core.qbr;

import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * An entry of a list on the board with what orders it: its goal's {@link Attention} class, due date
 * (undated last) and key, then its position within the goal (a factor's place in the team's order).
 * Every goal list on the board is cut in this one order.
 *
 * @param rank the attention class
 * @param due the goal's due date; {@code null} if none
 * @param key the goal's key
 * @param position the entry's place within its goal, 0 for a goal itself
 * @param item the entry
 */
record Ranked<T>(int rank, LocalDate due, IssueKey key, int position, T item) {

  // Written out rather than composed with Comparator.comparing: the lists see every row.
  static final Comparator<Ranked<?>> MOST_URGENT_FIRST =
      (a, b) -> compare(a.rank, a.due, a.key, a.position, b);

  /**
   * True when {@code list} would keep an entry with these sort fields, were it added now. Asks
   * without building the entry: a board asks this of every row and keeps a few.
   */
  static boolean wouldKeep(
      TopList<? extends Ranked<?>> list, int rank, LocalDate due, IssueKey key, int position) {
    if (list.keepsNothing()) {
      return false;
    }
    Ranked<?> last = list.lastKeptIfFull();
    return last == null || compare(rank, due, key, position, last) < 0;
  }

  private static int compare(int rank, LocalDate due, IssueKey key, int position, Ranked<?> b) {
    if (rank != b.rank) {
      return Integer.compare(rank, b.rank);
    }
    int byDue = compareDueDates(due, b.due);
    if (byDue != 0) {
      return byDue;
    }
    int byKey = key.compareTo(b.key);
    return byKey != 0 ? byKey : Integer.compare(position, b.position);
  }

  private static int compareDueDates(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    return a.compareTo(b);
  }
}
