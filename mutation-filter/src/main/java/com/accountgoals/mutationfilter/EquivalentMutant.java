package com.accountgoals.mutationfilter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pitest.mutationtest.engine.MutationDetails;

/**
 * One entry of a list of equivalent mutants: where PIT mutates (class, method, the source line's
 * text), with which mutator, which of that mutator's mutants there, and why no test can tell them
 * from the code.
 *
 * <p>The line's text rather than its number identifies the place, so that an edit elsewhere in the
 * file leaves the entry valid and an edit of the line itself makes it stale. Where a mutator makes
 * several mutants on lines that read alike (two comparisons on one line, or a {@code return false;}
 * in two overloads of one name), they are counted in source order: by line, and on one line in
 * bytecode order (PIT's instruction index), which is left to right for most lines. {@code 1 of 2}
 * is the first of two, {@code 1, 2 of 2} both.
 *
 * @param row the entry's line in its list, for messages
 * @param className the binary class name, {@code com.example.Outer$Inner} for a nested class
 * @param method the method's name as PIT reports it ({@code <init>} for a constructor)
 * @param mutator PIT's mutator name without its package, {@code ConditionalsBoundaryMutator}
 * @param line the mutated source line; white space at its ends and within it counts as one space
 * @param positions which of the mutator's mutants there are listed, counted from 1
 * @param among how many mutants the mutator makes there
 * @param reason why no behaviour can differ
 */
public record EquivalentMutant(
    int row,
    String className,
    String method,
    String mutator,
    String line,
    List<Integer> positions,
    int among,
    String reason) {

  static final List<String> COLUMNS =
      List.of("class", "method", "mutator", "line", "mutants", "reason");

  private static final Pattern MUTANTS =
      Pattern.compile("(\\d+(?:\\s*,\\s*\\d+)*)\\s+of\\s+(\\d+)");

  public EquivalentMutant {
    className = className.strip();
    method = method.strip();
    mutator = mutator.strip();
    line = normalised(line);
    reason = reason.strip();
    positions = List.copyOf(positions);
    List<String> text = List.of(className, method, mutator, line);
    for (int i = 0; i < text.size(); i++) {
      if (text.get(i).isEmpty()) {
        throw invalid(row, "the column '%s' is empty".formatted(COLUMNS.get(i)));
      }
    }
    if (reason.isEmpty()) {
      throw invalid(row, "the column 'reason' is empty: say why no test can kill the mutant");
    }
    boolean validPositions =
        !positions.isEmpty()
            && positions.stream().allMatch(p -> p >= 1 && p <= among)
            && positions.stream().distinct().count() == positions.size();
    if (!validPositions) {
      throw invalid(
          row,
          "the mutants %s are not distinct positions from 1 to %d".formatted(positions, among));
    }
  }

  /**
   * The entry of a list's row; {@code mutants} reads {@code 1 of 1}, {@code 2 of 3} or {@code 1, 2
   * of 2}.
   */
  static EquivalentMutant fromRow(int row, List<String> cells) {
    Matcher mutants = MUTANTS.matcher(cells.get(4).strip());
    if (!mutants.matches()) {
      throw invalid(
          row,
          "the column 'mutants' reads '%s', not like '1 of 1' or '1, 2 of 3'"
              .formatted(cells.get(4)));
    }
    List<Integer> positions = new ArrayList<>();
    for (String position : mutants.group(1).split(",")) {
      positions.add(Integer.parseInt(position.strip()));
    }
    return new EquivalentMutant(
        row,
        cells.get(0),
        cells.get(1),
        cells.get(2),
        cells.get(3),
        positions,
        Integer.parseInt(mutants.group(2)),
        cells.get(5));
  }

  /** Whether PIT's mutant is in this entry's method and made by its mutator, on whatever line. */
  boolean isIn(MutationDetails mutant) {
    return mutant.getClassName().asJavaName().equals(className)
        && mutant.getMethod().equals(method)
        && simpleName(mutant.getMutator()).equals(mutator);
  }

  /** Whether a line of source reads like this entry's line. */
  boolean isOn(String sourceLine) {
    return normalised(sourceLine).equals(line);
  }

  /** The entry as a message names it. */
  String describe() {
    return "row %d: %s.%s %s `%s`".formatted(row, className, method, mutator, line);
  }

  static String normalised(String sourceLine) {
    return sourceLine.strip().replaceAll("\\s+", " ");
  }

  private static String simpleName(String mutatorId) {
    return mutatorId.substring(mutatorId.lastIndexOf('.') + 1);
  }

  private static IllegalArgumentException invalid(int row, String problem) {
    return new IllegalArgumentException("row %d: %s".formatted(row, problem));
  }
}
