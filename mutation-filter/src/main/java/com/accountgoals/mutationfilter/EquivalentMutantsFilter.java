package com.accountgoals.mutationfilter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pitest.mutationtest.build.InterceptorType;
import org.pitest.mutationtest.build.ProjectMutationInterceptor;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.util.Log;

/**
 * Leaves out of the analysis every mutant its list names, after PIT's own filters have run (a
 * project filter sees all mutants of the run at once). An entry for a class in the run's target
 * must find exactly as many mutants as it says its mutator makes on its line, and no mutant may be
 * listed twice: otherwise the run fails and names the entries. Entries for classes outside the
 * target are not checked, so a run narrowed to one package does not fail on the others.
 */
final class EquivalentMutantsFilter implements ProjectMutationInterceptor {

  /** Source order: by line, and on one line in bytecode order (left to right on most lines). */
  private static final Comparator<MutationDetails> SOURCE_ORDER =
      Comparator.comparingInt(MutationDetails::getLineNumber)
          .thenComparingInt(MutationDetails::getFirstIndex);

  private final EquivalentMutantList list;
  private final Predicate<String> inTarget;
  private final SourceLines source;

  EquivalentMutantsFilter(
      EquivalentMutantList list, Predicate<String> inTarget, SourceLines source) {
    this.list = list;
    this.inTarget = inTarget;
    this.source = source;
  }

  @Override
  public InterceptorType type() {
    return InterceptorType.FILTER;
  }

  @Override
  public Collection<MutationDetails> intercept(Collection<MutationDetails> mutants) {
    List<EquivalentMutant> checked =
        list.entries().stream().filter(entry -> inTarget.test(entry.className())).toList();
    Map<MutationDetails, EquivalentMutant> listed = new IdentityHashMap<>();
    List<String> problems = new ArrayList<>();
    for (EquivalentMutant entry : checked) {
      List<MutationDetails> inMethod =
          mutants.stream().filter(entry::isIn).sorted(SOURCE_ORDER).toList();
      List<MutationDetails> onLine =
          inMethod.stream().filter(m -> entry.isOn(source.of(m))).toList();
      if (onLine.size() != entry.among()) {
        problems.add(entry.describe() + mismatch(entry, onLine.size(), inMethod));
        continue;
      }
      for (int position : entry.positions()) {
        EquivalentMutant earlier = listed.putIfAbsent(onLine.get(position - 1), entry);
        if (earlier != null) {
          problems.add(entry.describe() + " lists a mutant of row " + earlier.row() + " again");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The equivalent mutants' list %s has entries to correct or delete:%n  %s%n"
                  .formatted(list.origin(), String.join("%n  ".formatted(), problems))
              + "An entry names mutants by class, method, mutator and the text of the mutated"
              + " line: when that line changes, look at its mutants again.");
    }
    Log.getLogger()
        .info(
            "Equivalent mutants: %d left out as %s lists them; %d of its %d entries name classes of this run's target"
                .formatted(listed.size(), list.origin(), checked.size(), list.entries().size()));
    return mutants.stream().filter(m -> !listed.containsKey(m)).toList();
  }

  /** What the entry found instead, and where its mutator mutates the method, to correct it. */
  private String mismatch(EquivalentMutant entry, int found, List<MutationDetails> inMethod) {
    String finding =
        found == 0
            ? " matches no mutant"
            : " matches %d mutant%s, not the %d it says"
                .formatted(found, found == 1 ? "" : "s", entry.among());
    if (inMethod.isEmpty()) {
      return finding + " (its method has no mutant of that mutator)";
    }
    return finding
        + inMethod.stream()
            .map(m -> "line %d `%s`".formatted(m.getLineNumber(), source.of(m).strip()))
            .collect(
                Collectors.groupingBy(
                    Function.identity(), LinkedHashMap::new, Collectors.counting()))
            .entrySet()
            .stream()
            .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
            .collect(Collectors.joining("; ", " (that mutator mutates ", " there)"));
  }
}
