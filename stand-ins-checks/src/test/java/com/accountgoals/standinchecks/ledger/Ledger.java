package com.accountgoals.standinchecks.ledger;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toCollection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stand-in ledger: one tab-separated line per stand-in type and member, its declaration as the
 * bytecode has it, and the evidence that Jira declares it the same way. Lines starting with {@code
 * #} are comments; the first other line names the columns.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 */
public record Ledger(List<Line> lines) {

  static final String REGENERATE =
      "mvn -B -o -pl stand-ins,stand-ins-checks test -Dledger.write=true";

  private static final List<String> COLUMNS =
      List.of(
          "type",
          "member",
          "descriptor",
          "access",
          "signature",
          "constant",
          "level",
          "jira",
          "evidence");

  private static final String HEADER =
      """
      # The stand-ins' ledger: every type and linkable member of the stand-ins (public types; public
      # and protected fields, constructors and methods), as their bytecode declares it, and the
      # evidence that Jira declares it the same way. StandInLedgerTest fails when the bytecode and
      # this file disagree, and when a line has no evidence.
      #
      # The first six columns are generated; regenerate them from the compiled stand-ins with
      #   %s
      # (evidence is kept for unchanged lines). Then fill in the last three for every new or
      # changed line: level (10.x, 8.x/9.x or 7.x only: the newest Jira version the declaration was
      # checked against), the Jira version(s) of that evidence, and the page(s) or source file(s).
      """
          .formatted(REGENERATE);

  /** One ledger line: a declaration and its evidence. */
  public record Line(Declaration declaration, Evidence evidence) {}

  public Ledger {
    lines =
        lines.stream()
            .sorted((a, b) -> Declaration.ORDER.compare(a.declaration(), b.declaration()))
            .toList();
  }

  static Ledger parse(String text) {
    List<Line> lines = new ArrayList<>();
    boolean header = true;
    for (String row : text.split("\n", -1)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!Arrays.asList(row.split("\t", -1)).equals(COLUMNS)) {
          throw new IllegalArgumentException("The ledger's column row is not " + COLUMNS);
        }
        continue;
      }
      String[] c = Arrays.copyOf(row.split("\t", -1), COLUMNS.size());
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i] == null ? "" : c[i].strip();
      }
      lines.add(
          new Line(
              new Declaration(c[0], c[1], c[2], c[3], c[4], c[5]), new Evidence(c[6], c[7], c[8])));
    }
    return new Ledger(lines);
  }

  String format() {
    StringBuilder text = new StringBuilder(HEADER).append(String.join("\t", COLUMNS)).append('\n');
    for (Line line : lines) {
      Declaration d = line.declaration();
      Evidence e = line.evidence();
      text.append(
              String.join(
                  "\t",
                  d.type(),
                  d.member(),
                  d.descriptor(),
                  d.access(),
                  d.signature(),
                  d.constant(),
                  e.level(),
                  e.jira(),
                  e.pages()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The ledger for these declarations: a line keeps its evidence only while its declaration is
   * unchanged, so that every change needs evidence again.
   */
  Ledger regenerate(List<Declaration> bytecode) {
    Map<Declaration, Evidence> evidence =
        lines.stream().collect(Collectors.toMap(Line::declaration, Line::evidence, (a, b) -> a));
    return new Ledger(
        bytecode.stream()
            .map(d -> new Line(d, evidence.getOrDefault(d, Evidence.MISSING)))
            .toList());
  }

  /**
   * How the ledger and the bytecode differ, one readable entry per type or member: {@code - } for
   * what only the ledger declares, {@code + } for what only the bytecode declares.
   */
  List<String> differences(List<Declaration> bytecode) {
    List<Declaration> ledger = lines.stream().map(Line::declaration).toList();
    List<Declaration> onlyInLedger = ledger.stream().filter(d -> !bytecode.contains(d)).toList();
    List<Declaration> onlyInBytecode = bytecode.stream().filter(d -> !ledger.contains(d)).toList();
    Function<Declaration, String> member = d -> d.type() + "#" + d.member();
    Map<String, List<Declaration>> removed = byMember(onlyInLedger, member);
    Map<String, List<Declaration>> added = byMember(onlyInBytecode, member);
    Map<String, String> entries = new TreeMap<>();
    removed.forEach(
        (name, declarations) ->
            entries.put(name, entry(name, declarations, added.getOrDefault(name, List.of()))));
    added.forEach(
        (name, declarations) -> entries.putIfAbsent(name, entry(name, List.of(), declarations)));
    return List.copyOf(entries.values());
  }

  /** Every line whose evidence is not enough, with the reason. */
  List<String> linesWithoutEvidence() {
    return lines.stream()
        .flatMap(
            line ->
                line.evidence().problem().stream()
                    .map(problem -> line.declaration().identity() + ": " + problem))
        .toList();
  }

  /** Types and members per evidence level, as a Markdown table. */
  String countsTable() {
    StringBuilder table =
        new StringBuilder("| Evidence level | Members | Types |\n|---|---:|---:|\n");
    int members = 0;
    int types = 0;
    for (Evidence.Level level : Evidence.Level.values()) {
      long m = count(level, false);
      long t = count(level, true);
      members += m;
      types += t;
      table.append("| `%s` | %d | %d |\n".formatted(level.label(), m, t));
    }
    return table.append("| all | %d | %d |\n".formatted(members, types)).toString();
  }

  private long count(Evidence.Level level, boolean type) {
    return lines.stream()
        .filter(l -> l.evidence().level().equals(level.label()))
        .filter(l -> l.declaration().member().equals(Declaration.TYPE) == type)
        .count();
  }

  private static Map<String, List<Declaration>> byMember(
      List<Declaration> declarations, Function<Declaration, String> member) {
    return declarations.stream()
        .collect(groupingBy(member, LinkedHashMap::new, toCollection(ArrayList::new)));
  }

  private static String entry(String name, List<Declaration> removed, List<Declaration> added) {
    String verb = removed.isEmpty() ? "added" : added.isEmpty() ? "removed" : "changed";
    StringBuilder entry = new StringBuilder(verb + " " + name);
    removed.forEach(
        d -> entry.append("\n    - ").append(d.descriptor()).append("  ").append(d.details()));
    added.forEach(
        d -> entry.append("\n    + ").append(d.descriptor()).append("  ").append(d.details()));
    return entry.toString();
  }
}
