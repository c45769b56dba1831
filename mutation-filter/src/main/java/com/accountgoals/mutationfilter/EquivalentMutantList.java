package com.accountgoals.mutationfilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A module's list of equivalent mutants: tab-separated, one entry a line, under a row naming the
 * columns ({@code class method mutator line mutants reason}). Lines starting with {@code #} are
 * comments.
 *
 * @param origin where the list was read from, for messages
 * @param entries the entries in the order of the file
 */
public record EquivalentMutantList(String origin, List<EquivalentMutant> entries) {

  public EquivalentMutantList {
    entries = List.copyOf(entries);
  }

  /** Reads the list at this path; a missing or malformed list is an error. */
  public static EquivalentMutantList read(Path path) {
    try {
      return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the equivalent mutants' list " + path, e);
    }
  }

  static EquivalentMutantList parse(String origin, String text) {
    List<EquivalentMutant> entries = new ArrayList<>();
    boolean columnRow = true;
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(row.split("\t", -1));
      if (columnRow) {
        columnRow = false;
        if (!cells.equals(EquivalentMutant.COLUMNS)) {
          throw malformed(origin, i + 1, "the first row is not the columns " + header());
        }
        continue;
      }
      if (cells.size() != EquivalentMutant.COLUMNS.size()) {
        throw malformed(
            origin,
            i + 1,
            "%d columns, not the %d of %s"
                .formatted(cells.size(), EquivalentMutant.COLUMNS.size(), header()));
      }
      try {
        entries.add(EquivalentMutant.fromRow(i + 1, cells));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ", " + e.getMessage(), e);
      }
    }
    if (columnRow) {
      throw malformed(origin, rows.length, "no row of columns " + header());
    }
    return new EquivalentMutantList(origin, entries);
  }

  private static String header() {
    return String.join(" ", EquivalentMutant.COLUMNS);
  }

  private static IllegalArgumentException malformed(String origin, int row, String problem) {
    return new IllegalArgumentException("%s, row %d: %s".formatted(origin, row, problem));
  }
}
