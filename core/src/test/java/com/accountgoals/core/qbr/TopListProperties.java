package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TopListProperties {

  @Property
  void keepsTheFirstEntriesInOrderAndCountsThemAll(
      @ForAll List<Integer> entries, @ForAll @IntRange(min = 0, max = 30) int limit) {
    TopList<Integer> top = new TopList<>(limit, Comparator.naturalOrder());

    entries.forEach(top::add);

    Shortlist<Integer> shortlist = top.toShortlist();
    assertThat(shortlist.total()).isEqualTo(entries.size());
    assertThat(shortlist.shown()).isEqualTo(entries.stream().sorted().limit(limit).toList());
  }

  @Property
  void acceptsAnEntryOnlyWhenItWouldBeKeptAndCountsTheRest(
      @ForAll List<Integer> entries, @ForAll @IntRange(min = 0, max = 30) int limit) {
    TopList<Integer> top = new TopList<>(limit, Comparator.naturalOrder());
    int[] built = {0};

    entries.forEach(
        entry -> {
          if (top.accepts(entry)) {
            built[0]++;
            top.add(entry);
          } else {
            top.skip();
          }
        });

    assertThat(top.toShortlist().shown())
        .isEqualTo(entries.stream().sorted().limit(limit).toList());
    assertThat(top.toShortlist().total()).isEqualTo(entries.size());
    assertThat(built[0]).isEqualTo(entriesAmongTheFirstOnArrival(entries, limit));
  }

  // An entry is worth building when, at its arrival, it sorts before the last of the first
  // `limit` entries seen so far, or fewer than `limit` have been seen.
  private static int entriesAmongTheFirstOnArrival(List<Integer> entries, int limit) {
    List<Integer> kept = new ArrayList<>();
    int count = 0;
    for (Integer entry : entries) {
      if (limit > 0 && (kept.size() < limit || entry < kept.get(kept.size() - 1))) {
        count++;
        kept.add(entry);
        kept.sort(Comparator.naturalOrder());
        if (kept.size() > limit) {
          kept.remove(kept.size() - 1);
        }
      }
    }
    return count;
  }
}
