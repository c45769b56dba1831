package com.accountgoals.core.port;

import com.accountgoals.core.goal.IssueKey;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How complete the rows of a source are, so the board can say when it shows less than there is: a
 * source reads at most {@code cap} goals (and, apart, at most {@code cap} actions) and says whether
 * it stopped there; and it lists the issues it could read only in part (a value the domain refuses,
 * a field setup has not created), which are on the board with what could be read.
 *
 * @param cap the most goals, and the most actions, the source reads; 0 when it has no cap
 * @param capReached true when the source stopped at the cap: the board shows only part of the
 *     account
 * @param partlyRead the issues read only in part, sorted, without repeats
 */
public record Completeness(int cap, boolean capReached, List<IssueKey> partlyRead) {

  private static final Completeness COMPLETE = new Completeness(0, false, List.of());

  public Completeness {
    if (cap < 0 || (capReached && cap == 0)) {
      throw new IllegalArgumentException("cap " + cap + (capReached ? ", reached" : ""));
    }
    Objects.requireNonNull(partlyRead, "partlyRead");
    partlyRead = List.copyOf(new TreeSet<>(partlyRead));
  }

  /** Everything read, nothing left out: what a source without a cap delivers. */
  public static Completeness complete() {
    return COMPLETE;
  }

  /** True when the board shows everything the source has, each row read in full. */
  public boolean isComplete() {
    return !capReached && partlyRead.isEmpty();
  }
}
