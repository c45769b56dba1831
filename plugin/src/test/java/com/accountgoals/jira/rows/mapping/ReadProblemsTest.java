package com.accountgoals.jira.rows.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.IssueKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The problems of one board's read")
class ReadProblemsTest {

  private final ReadProblems problems = new ReadProblems("ACME");

  @Test
  void writesNothingWhenNothingWentWrong() {
    assertThat(problems.logLines()).isEmpty();
    assertThat(problems.partlyReadIssues()).isEmpty();
  }

  @Test
  void namesAProblemOfTheBoardOnceHoweverOftenItIsMet() {
    problems.ofTheBoard("TARGET is missing");
    problems.ofTheBoard("TARGET is missing");
    problems.ofTheBoard("no link type");

    assertThat(problems.logLines())
        .containsExactly("Board of ACME: TARGET is missing; no link type");
  }

  @Test
  void listsEachIssueReadInPartOnceSortedAndSaysWhyInOneLine() {
    problems.partlyRead(IssueKey.of("ACME-10"), "unreadable traffic light");
    problems.partlyRead(IssueKey.of("ACME-9"), "no goal level");
    problems.partlyRead(IssueKey.of("ACME-10"), "a reading was refused");

    assertThat(problems.partlyReadIssues())
        .containsExactly(IssueKey.of("ACME-9"), IssueKey.of("ACME-10"));
    assertThat(problems.logLines())
        .containsExactly(
            "Board of ACME: 2 issues read only in part: ACME-10: unreadable traffic light;"
                + " ACME-9: no goal level; ACME-10: a reading was refused");
  }

  @Test
  void namesTheFirstTwentyDetailsAndCountsTheRest() {
    for (int i = 1; i <= ReadProblems.DETAILS_LOGGED + 2; i++) {
      problems.partlyRead(IssueKey.of("ACME-" + i), "x");
    }

    String line = problems.logLines().get(0);

    assertThat(line)
        .contains("22 issues read only in part")
        .contains("ACME-20: x")
        .endsWith(" (and 2 more)");
    assertThat(line).doesNotContain("ACME-21");
  }

  @Test
  void countsNothingMoreWhenExactlyTwentyDetailsWereGiven() {
    for (int i = 1; i <= ReadProblems.DETAILS_LOGGED; i++) {
      problems.partlyRead(IssueKey.of("ACME-" + i), "x");
    }

    assertThat(problems.logLines().get(0)).endsWith("ACME-20: x");
  }
}
