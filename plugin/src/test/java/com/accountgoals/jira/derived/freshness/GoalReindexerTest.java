package com.accountgoals.jira.derived.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.accountgoals.jira.testing.FakeIssue;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Re-indexing goals through Jira")
class GoalReindexerTest {

  private static final List<Issue> GOALS =
      List.of(new FakeIssue(10L, "ACME-10"), new FakeIssue(11L, "ACME-11"));

  @Mock private IssueIndexingService indexingService;

  private GoalReindexer reindexer;

  @BeforeEach
  void aReindexer() {
    reindexer = new GoalReindexer(indexingService);
  }

  @Test
  void handsTheGoalsToJirasIndexingService() throws IndexException {
    assertThat(reindexer.reindex(GOALS)).isTrue();

    verify(indexingService).reIndexIssueObjects(GOALS);
  }

  @Test
  void asksNothingForNoGoals() {
    assertThat(reindexer.reindex(List.of())).isTrue();

    verifyNoInteractions(indexingService);
  }

  @Test
  void saysSoWhenJiraCouldNotIndex() throws IndexException {
    doThrow(new IndexException("index locked")).when(indexingService).reIndexIssueObjects(any());

    assertThat(reindexer.reindex(GOALS)).isFalse();
  }

  @Test
  void saysSoWhenJiraFailedOtherwise() throws IndexException {
    doThrow(new IllegalStateException("node shutting down"))
        .when(indexingService)
        .reIndexIssueObjects(any());

    assertThat(reindexer.reindex(GOALS)).isFalse();
  }
}
