package com.accountgoals.mutationfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquivalentMutantListTest {

  private static final String COLUMNS = "class\tmethod\tmutator\tline\tmutants\treason\n";

  @Test
  void entriesAreReadUnderTheColumnRowWithTheirRowsAndCommentsAreSkipped() {
    String text =
        "# Equivalent mutants of a module\n"
            + COLUMNS
            + "\n"
            + "com.example.Plan\tcalculate\tConditionalsBoundaryMutator\t  if (a <  b) {\t"
            + "1, 2 of 3\ta equals b never reaches here\n";

    EquivalentMutantList list = EquivalentMutantList.parse("list.tsv", text);

    assertThat(list.entries())
        .containsExactly(
            new EquivalentMutant(
                4,
                "com.example.Plan",
                "calculate",
                "ConditionalsBoundaryMutator",
                "if (a < b) {",
                List.of(1, 2),
                3,
                "a equals b never reaches here"));
  }

  @Test
  void anEntryWithoutAReasonIsRefusedWithItsRow() {
    assertThat(refusal("com.example.Plan\tsum\tMathMutator\treturn a + b;\t1 of 1\t "))
        .isEqualTo(
            "list.tsv, row 2: the column 'reason' is empty: say why no test can kill the mutant");
  }

  @Test
  void anEntryWithFiveColumnsIsRefused() {
    assertThat(refusal("com.example.Plan\tsum\tMathMutator\treturn a + b;\tno difference"))
        .isEqualTo(
            "list.tsv, row 2: 5 columns, not the 6 of class method mutator line mutants reason");
  }

  @Test
  void mutantsThatAreNoPositionAmongTheCountAreRefused() {
    assertThat(refusal("com.example.Plan\tsum\tMathMutator\treturn a + b;\t2 of 1\tsum"))
        .isEqualTo("list.tsv, row 2: the mutants [2] are not distinct positions from 1 to 1");
  }

  @Test
  void mutantsNotCountedAsPositionsOfACountAreRefused() {
    assertThat(refusal("com.example.Plan\tsum\tMathMutator\treturn a + b;\tall\tsum"))
        .isEqualTo(
            "list.tsv, row 2: the column 'mutants' reads 'all', not like '1 of 1' or '1, 2 of 3'");
  }

  @Test
  void aListWhoseFirstRowIsNotTheColumnsIsRefused() {
    String text = "com.example.Plan\tsum\tMathMutator\treturn a + b;\t1 of 1\tsum\n";

    assertThatThrownBy(() -> EquivalentMutantList.parse("list.tsv", text))
        .hasMessage(
            "list.tsv, row 1: the first row is not the columns"
                + " class method mutator line mutants reason");
  }

  @Test
  void aListWithOnlyCommentsIsRefused() {
    assertThatThrownBy(() -> EquivalentMutantList.parse("list.tsv", "# nothing yet\n"))
        .hasMessageContaining("no row of columns");
  }

  @Test
  void aListWithTheColumnRowAloneListsNothing() {
    assertThat(EquivalentMutantList.parse("list.tsv", COLUMNS).entries()).isEmpty();
  }

  /** Why a list of the column row and this entry is refused. */
  private static String refusal(String entry) {
    Throwable refused =
        catchThrowable(() -> EquivalentMutantList.parse("list.tsv", COLUMNS + entry + "\n"));
    assertThat(refused).isInstanceOf(IllegalArgumentException.class);
    return refused.getMessage();
  }
}
