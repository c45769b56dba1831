package com.accountgoals.jira.rows.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.quarter.DateWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The board's JQL, by ids only")
class JqlTest {

  private static final List<String> TYPES = List.of("10005", "10006");

  @Test
  void theGoalsOfAProject() {
    assertThat(Jql.goalsOf(10_000, TYPES))
        .isEqualTo("project = 10000 AND issuetype in (10005, 10006) ORDER BY key ASC");
  }

  @Test
  void theGoalsAmongIssues() {
    assertThat(Jql.goalsAmong(List.of(7L, 9L), TYPES))
        .isEqualTo("issue in (7, 9) AND issuetype in (10005, 10006) ORDER BY key ASC");
  }

  @Test
  void theActionsAmongIssuesThatMatterForTheWindow() {
    DateWindow window = DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));

    assertThat(Jql.actionsAmong(10_000, List.of(7L), TYPES, window))
        .isEqualTo(
            "project = 10000 AND issue in (7) AND issuetype not in (10005, 10006)"
                + " AND ((duedate >= \"2026-05-01\" AND duedate <= \"2026-07-31\")"
                + " OR (resolution is EMPTY AND (duedate < \"2026-05-01\" OR duedate is EMPTY)))"
                + " ORDER BY key ASC");
  }
}
