package com.accountgoals.standinchecks.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger and the stand-ins' bytecode agree, every line of it has evidence, and the README's
 * counts are the ledger's. A stand-in member whose return or parameter type changes still compiles
 * the app, and breaks it in every customer's Jira; here it turns the build red until the ledger
 * shows the change and its evidence.
 *
 * <p>With {@code -Dledger.write=true} the tests first rewrite {@code LEDGER.tsv} from the bytecode
 * (keeping the evidence of unchanged lines) and the README's counts from the ledger.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 */
class StandInLedgerTest {

  private static final Path LEDGER = Path.of("../stand-ins/LEDGER.tsv");
  private static final Path README = Path.of("../stand-ins/README.md");
  private static final Pattern COUNTS =
      Pattern.compile("(<!-- ledger-counts -->\n)(.*?)(<!-- /ledger-counts -->)", Pattern.DOTALL);

  @BeforeAll
  static void rewriteWhenAsked() throws IOException {
    if (!Boolean.getBoolean("ledger.write")) {
      return;
    }
    Ledger previous = Files.exists(LEDGER) ? ledger() : new Ledger(List.of());
    Ledger ledger = previous.regenerate(bytecode());
    Files.writeString(LEDGER, ledger.format());
    String readme = Files.readString(README);
    Matcher counts = COUNTS.matcher(readme);
    assertThat(counts.find()).as("README.md has a <!-- ledger-counts --> block").isTrue();
    Files.writeString(
        README,
        counts.replaceFirst(
            Matcher.quoteReplacement(counts.group(1) + ledger.countsTable() + counts.group(3))));
  }

  @Test
  void ledgerDeclaresExactlyWhatTheStandInsBytecodeDeclares() throws IOException {
    List<String> differences = ledger().differences(bytecode());

    assertThat(differences)
        .withFailMessage(
            """
            The stand-ins' bytecode and stand-ins/LEDGER.tsv disagree \
            (- only in the ledger, + only in the bytecode):
            %s

            A stand-in that differs from Jira's class fails in every customer's Jira. If the change \
            is meant, regenerate the ledger with
              %s
            and fill in the evidence columns (level, jira, evidence) of the changed lines: the page \
            or source the new declaration was checked against, and its Jira version.
            """,
            String.join("\n", differences), Ledger.REGENERATE)
        .isEmpty();
  }

  @Test
  void everyLedgerLineCitesItsEvidence() throws IOException {
    List<String> problems = ledger().linesWithoutEvidence();

    assertThat(problems)
        .withFailMessage(
            """
            These stand-in declarations have no evidence in stand-ins/LEDGER.tsv:
            %s

            Fill in the last three columns: level (10.x, 8.x/9.x or 7.x only), the Jira version of \
            the evidence, and the page(s) it was checked against.
            """,
            String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void readmeGivesTheLedgersCountsPerEvidenceLevel() throws IOException {
    Matcher counts = COUNTS.matcher(Files.readString(README));

    assertThat(counts.find()).as("README.md has a <!-- ledger-counts --> block").isTrue();
    assertThat(counts.group(2))
        .as("The counts in README.md are the ledger's; update them with %s", Ledger.REGENERATE)
        .isEqualTo(ledger().countsTable());
  }

  private static Ledger ledger() throws IOException {
    assertThat(LEDGER)
        .as("stand-ins/LEDGER.tsv exists; create it with %s", Ledger.REGENERATE)
        .exists();
    return Ledger.parse(Files.readString(LEDGER));
  }

  /**
   * The stand-ins' compiled classes: a directory when Maven stops at {@code test}, their jar when
   * it goes on to {@code verify} (the reactor then hands over the packaged module).
   */
  private static List<Declaration> bytecode() throws IOException {
    try {
      Path classes =
          Path.of(Issue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(classes)) {
        return BytecodeDeclarations.in(classes);
      }
      try (FileSystem jar = FileSystems.newFileSystem(classes)) {
        return BytecodeDeclarations.in(jar.getPath("/"));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
