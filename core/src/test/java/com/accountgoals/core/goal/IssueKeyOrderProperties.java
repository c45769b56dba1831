package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keys order by project, then by issue number, whatever shortcut the comparison takes. Small
 * alphabets and numbers make keys of equal length across projects common.
 */
class IssueKeyOrderProperties {

  @Property(tries = 2000)
  void ordersByProjectThenNumber(@ForAll("keys") IssueKey a, @ForAll("keys") IssueKey b) {
    int expected = a.project().value().compareTo(b.project().value());
    if (expected == 0) {
      expected = Long.compare(a.number(), b.number());
    }

    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
  }

  @Provide
  Arbitrary<IssueKey> keys() {
    Arbitrary<String> projects =
        Combinators.combine(
                Arbitraries.of("A", "B", "Z"),
                Arbitraries.strings().withChars('A', 'B', '0', '9', '_').ofMaxLength(2))
            .as((first, rest) -> first + rest);
    Arbitrary<Long> numbers = Arbitraries.longs().between(1, 2_000);
    return Combinators.combine(projects, numbers).as((p, n) -> IssueKey.of(p + "-" + n));
  }
}
