package com.accountgoals.standinchecks.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of the ledger's diff, regeneration and evidence checks.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 */
class LedgerTest {

  private static final Evidence CHECKED =
      new Evidence("7.x only", "7.x", "https://docs.atlassian.com/jira/server/Issue.html");
  private static final Declaration GET_KEY =
      method("getKey", "()Ljava/lang/String;", "public abstract method");

  @Nested
  class Differences {

    @Test
    void aChangedReturnTypeIsOneChangedEntryWithBothDescriptors() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));

      List<String> differences =
          ledger.differences(
              List.of(method("getKey", "()Ljava/lang/Object;", "public abstract method")));

      assertThat(differences)
          .singleElement()
          .asString()
          .startsWith("changed com.atlassian.jira.issue.Issue#getKey")
          .contains("- ()Ljava/lang/String;", "+ ()Ljava/lang/Object;");
    }

    @Test
    void aMemberThatIsNoLongerAbstractIsAChange() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));

      List<String> differences =
          ledger.differences(List.of(method("getKey", "()Ljava/lang/String;", "public method")));

      assertThat(differences).singleElement().asString().startsWith("changed ");
    }

    @Test
    void aMemberOnlyInTheBytecodeIsAdded() {
      Ledger ledger = new Ledger(List.of());

      assertThat(ledger.differences(List.of(GET_KEY)))
          .containsExactly(
              "added com.atlassian.jira.issue.Issue#getKey\n    + ()Ljava/lang/String;  "
                  + "public abstract method  signature -  constant -");
    }

    @Test
    void aMemberOnlyInTheLedgerIsRemoved() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));

      assertThat(ledger.differences(List.of()))
          .singleElement()
          .asString()
          .startsWith("removed com.atlassian.jira.issue.Issue#getKey");
    }

    @Test
    void identicalDeclarationsHaveNoDifferences() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));

      assertThat(ledger.differences(List.of(GET_KEY))).isEmpty();
    }
  }

  @Nested
  class Regeneration {

    @Test
    void anUnchangedDeclarationKeepsItsEvidence() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));

      assertThat(ledger.regenerate(List.of(GET_KEY)).lines())
          .containsExactly(new Ledger.Line(GET_KEY, CHECKED));
    }

    @Test
    void aChangedDeclarationLosesItsEvidence() {
      Ledger ledger = new Ledger(List.of(new Ledger.Line(GET_KEY, CHECKED)));
      Declaration changed = method("getKey", "()Ljava/lang/Object;", "public abstract method");

      Ledger regenerated = ledger.regenerate(List.of(changed));

      assertThat(regenerated.lines()).containsExactly(new Ledger.Line(changed, Evidence.MISSING));
      assertThat(regenerated.linesWithoutEvidence()).hasSize(1);
    }

    @Test
    void aFormattedLedgerParsesBackToTheSameLines() {
      Ledger ledger =
          new Ledger(
              List.of(
                  new Ledger.Line(GET_KEY, CHECKED),
                  new Ledger.Line(
                      method("getId", "()Ljava/lang/Long;", "public abstract method"),
                      Evidence.MISSING)));

      assertThat(Ledger.parse(ledger.format())).isEqualTo(ledger);
    }
  }

  @Nested
  class EvidenceChecks {

    @Test
    void aLineWithAPageAVersionAndALevelHasEvidence() {
      assertThat(CHECKED.problem()).isEmpty();
    }

    @Test
    void anUnknownLevelIsNotEvidence() {
      assertThat(new Evidence("10.3", "10.3", "https://example.org").problem()).isPresent();
    }

    @Test
    void aLineWithoutAPageIsNotEvidence() {
      assertThat(new Evidence("10.x", "10.3", "checked by hand").problem()).isPresent();
    }

    @Test
    void aLineWithoutAVersionIsNotEvidence() {
      assertThat(new Evidence("10.x", " ", "https://example.org").problem()).isPresent();
    }
  }

  @Test
  void countsAreGivenPerLevelForMembersAndTypesApart() {
    Declaration type =
        new Declaration(
            "com.atlassian.jira.issue.Issue", "<type>", "-", "public interface", "-", "-");
    Ledger ledger =
        new Ledger(
            List.of(
                new Ledger.Line(type, CHECKED),
                new Ledger.Line(
                    GET_KEY, new Evidence("10.x", "10.3.0", "https://example.org/Issue"))));

    assertThat(ledger.countsTable())
        .contains("| `10.x` | 1 | 0 |", "| `8.x/9.x` | 0 | 0 |", "| `7.x only` | 0 | 1 |")
        .contains("| all | 1 | 1 |");
  }

  private static Declaration method(String name, String descriptor, String access) {
    return new Declaration("com.atlassian.jira.issue.Issue", name, descriptor, access, "-", "-");
  }
}
