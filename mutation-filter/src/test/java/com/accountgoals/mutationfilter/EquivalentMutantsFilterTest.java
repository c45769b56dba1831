package com.accountgoals.mutationfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pitest.classinfo.ClassName;
import org.pitest.mutationtest.build.InterceptorType;
import org.pitest.mutationtest.engine.Location;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.MutationIdentifier;

class EquivalentMutantsFilterTest {

  private static final String PLAN = "com.example.Plan";
  private static final String BOUNDARY = "ConditionalsBoundaryMutator";
  private static final String MATH = "MathMutator";
  private static final Predicate<String> EVERY_CLASS = name -> true;

  /**
   * Plan.java: the capacity hint on line 4 is equivalent; line 5 has two comparisons; lines 6 and
   * 14 read alike, in two overloads of {@code points}.
   */
  private static final String PLAN_SOURCE =
      """
      package com.example;
      class Plan {
        int[] points(int n) {
          int[] points = new int[n + 1];
          for (int i = 0; i < n && i < 3; i++) {
            if (i < 3) {
              points[i] = i;
            }
          }
          return points;
        }

        int points(int n, int i) {
          if (i < 3) {
            return 0;
          }
          return n;
        }
      }
      """;

  @TempDir Path sources;

  /** The list's rows so far: its column row is row 1. */
  private int rows = 1;

  private final MutationDetails hintMath = mutant(PLAN, "points", MATH, 4, 2);
  private final MutationDetails loopFirst = mutant(PLAN, "points", BOUNDARY, 5, 20);
  private final MutationDetails loopSecond = mutant(PLAN, "points", BOUNDARY, 5, 24);
  private final MutationDetails ifBoundary = mutant(PLAN, "points", BOUNDARY, 6, 30);

  @BeforeEach
  void writeSource() throws IOException {
    Path folder = Files.createDirectories(sources.resolve("com/example"));
    Files.writeString(folder.resolve("Plan.java"), PLAN_SOURCE, StandardCharsets.UTF_8);
  }

  @Test
  void itIsAFilterSoThatPitLeavesItOutOfThePreScan() {
    assertThat(listing().type()).isEqualTo(InterceptorType.FILTER);
  }

  @Nested
  class ListedMutants {

    @Test
    void onlyTheListedMutantIsLeftOut() {
      EquivalentMutantsFilter filter =
          listing(entry(PLAN, MATH, "int[] points = new int[n + 1];", "1 of 1"));

      assertThat(filter.intercept(List.of(hintMath, loopFirst, ifBoundary)))
          .containsExactly(loopFirst, ifBoundary);
    }

    @Test
    void anotherMutatorsMutantOnTheListedLineStays() {
      MutationDetails hintConstant = mutant(PLAN, "points", "InlineConstantMutator", 4, 3);
      EquivalentMutantsFilter filter =
          listing(entry(PLAN, MATH, "int[] points = new int[n + 1];", "1 of 1"));

      assertThat(filter.intercept(List.of(hintMath, hintConstant))).containsExactly(hintConstant);
    }

    @Test
    void ofTwoMutantsOnOneLineTheListedPositionInBytecodeOrderIsLeftOut() {
      EquivalentMutantsFilter filter =
          listing(entry(PLAN, BOUNDARY, "for (int i = 0; i < n && i < 3; i++) {", "2 of 2"));

      assertThat(filter.intercept(List.of(loopSecond, loopFirst))).containsExactly(loopFirst);
    }

    @Test
    void mutantsOnLinesThatReadAlikeAreCountedInSourceOrder() {
      MutationDetails earlierLineLaterInstruction = mutant(PLAN, "points", BOUNDARY, 6, 40);
      MutationDetails laterLineEarlierInstruction = mutant(PLAN, "points", BOUNDARY, 14, 8);
      EquivalentMutantsFilter filter = listing(entry(PLAN, BOUNDARY, "if (i < 3) {", "2 of 2"));

      assertThat(
              filter.intercept(List.of(laterLineEarlierInstruction, earlierLineLaterInstruction)))
          .containsExactly(earlierLineLaterInstruction);
    }

    @Test
    void theLineMatchesWhateverItsIndentAndSpacing() {
      EquivalentMutantsFilter filter = listing(entry(PLAN, BOUNDARY, "  if  (i < 3) {", "1 of 1"));

      assertThat(filter.intercept(List.of(loopFirst, ifBoundary))).containsExactly(loopFirst);
    }

    @Test
    void aNestedClassIsNamedWithItsBinaryName() {
      String walk = "com.example.Plan$Walk";
      MutationDetails inWalk = mutant(walk, "points", BOUNDARY, 6, 30);
      EquivalentMutantsFilter filter = listing(entry(walk, BOUNDARY, "if (i < 3) {", "1 of 1"));

      assertThat(filter.intercept(List.of(inWalk, ifBoundary))).containsExactly(ifBoundary);
    }
  }

  @Nested
  class StaleEntries {

    @Test
    void anEntryWhoseLineChangedFailsTheRunWithItsRowAndTheMutatorsLines() {
      EquivalentMutantsFilter filter = listing(entry(PLAN, BOUNDARY, "if (i <= 3) {", "1 of 1"));

      assertThat(failureOf(filter, loopFirst, loopSecond, ifBoundary))
          .startsWith("The equivalent mutants' list list.tsv has entries to correct or delete:")
          .contains(
              "row 2: com.example.Plan.points ConditionalsBoundaryMutator `if (i <= 3) {`"
                  + " matches no mutant (that mutator mutates line 5 `for (int i = 0; i < n &&"
                  + " i < 3; i++) {` ×2; line 6 `if (i < 3) {` there)");
    }

    @Test
    void anEntryThatCountsFewerMutantsThanItsMutatorMakesThereFailsTheRun() {
      EquivalentMutantsFilter filter =
          listing(entry(PLAN, BOUNDARY, "for (int i = 0; i < n && i < 3; i++) {", "1 of 1"));

      assertThat(failureOf(filter, loopFirst, loopSecond))
          .contains("matches 2 mutants, not the 1 it says");
    }

    @Test
    void anEntryForAMethodWithoutThatMutatorsMutantsSaysSo() {
      EquivalentMutantsFilter filter =
          listing(entry(PLAN, MATH, "int[] points = new int[n + 1];", "1 of 1"));

      assertThat(failureOf(filter, ifBoundary))
          .contains("matches no mutant (its method has no mutant of that mutator)");
    }

    @Test
    void anEntryForARenamedClassInTheTargetFailsTheRun() {
      EquivalentMutantsFilter filter =
          filter(
              name -> name.startsWith("com.example."),
              entry("com.example.OldPlan", BOUNDARY, "if (i < 3) {", "1 of 1"));

      assertThat(failureOf(filter, ifBoundary)).contains("row 2: com.example.OldPlan.points");
    }

    @Test
    void anEntryForAClassOutsideANarrowedTargetIsNotChecked() {
      EquivalentMutantsFilter filter =
          filter(
              name -> name.startsWith("com.example.qbr."),
              entry(PLAN, BOUNDARY, "if (i <= 3) {", "1 of 1"));

      assertThat(filter.intercept(List.of())).isEmpty();
    }

    @Test
    void twoEntriesForTheSameMutantFailTheRun() {
      EquivalentMutantsFilter filter =
          listing(
              entry(PLAN, BOUNDARY, "if (i < 3) {", "1 of 1"),
              entry(PLAN, BOUNDARY, "if (i < 3) {", "1 of 1"));

      assertThat(failureOf(filter, ifBoundary))
          .contains("row 3: com.example.Plan.points", "lists a mutant of row 2 again");
    }

    @Test
    void aMutantWhoseSourceIsMissingFailsTheRunNamingTheFile() {
      EquivalentMutantsFilter filter =
          listing(entry("com.example.Gone", BOUNDARY, "if (i < 3) {", "1 of 1"));
      MutationDetails gone = mutant("com.example.Gone", "points", BOUNDARY, 6, 30);

      assertThat(failureOf(filter, gone))
          .startsWith("No source for com/example/Gone.java in the source folders");
    }
  }

  private EquivalentMutantsFilter listing(EquivalentMutant... entries) {
    return filter(EVERY_CLASS, entries);
  }

  private EquivalentMutantsFilter filter(Predicate<String> inTarget, EquivalentMutant... entries) {
    return new EquivalentMutantsFilter(
        new EquivalentMutantList("list.tsv", List.of(entries)),
        inTarget,
        new SourceLines(List.of(sources), StandardCharsets.UTF_8));
  }

  /** The message the run fails with when the filter sees these mutants. */
  private static String failureOf(EquivalentMutantsFilter filter, MutationDetails... mutants) {
    Throwable failure = catchThrowable(() -> filter.intercept(List.of(mutants)));
    assertThat(failure).isInstanceOf(IllegalStateException.class);
    return failure.getMessage();
  }

  /** The next row of the list: an entry of the method {@code points}. */
  private EquivalentMutant entry(String className, String mutator, String line, String mutants) {
    rows++;
    return EquivalentMutant.fromRow(
        rows, List.of(className, "points", mutator, line, mutants, "no behaviour differs"));
  }

  /** A mutant as PIT describes it; a nested class's mutants are in its outer class's file. */
  static MutationDetails mutant(
      String className, String method, String mutator, int line, int instruction) {
    String outer = className.replaceAll("\\$.*", "");
    String file = outer.substring(outer.lastIndexOf('.') + 1) + ".java";
    Location location = Location.location(ClassName.fromString(className), method, "(I)[I");
    MutationIdentifier id =
        new MutationIdentifier(
            location, instruction, "org.pitest.mutationtest.engine.gregor.mutators." + mutator);
    return new MutationDetails(id, file, "a mutation", line, 0);
  }
}
