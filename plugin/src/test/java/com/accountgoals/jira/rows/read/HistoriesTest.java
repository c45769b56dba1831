package com.accountgoals.jira.rows.read;

import static com.accountgoals.jira.rows.fakes.ChangeGroups.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.rows.fakes.TestIssue;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class HistoriesTest {

  @Mock private ChangeHistoryManager historyManager;
  @Mock private ApplicationUser user;

  @Test
  void readsTheHistoriesOfAWholePageInOneCallAndGroupsThemByIssue() {
    List<Issue> page = List.of(TestIssue.issue(1, "ACME-1"), TestIssue.issue(2, "ACME-2"));
    ChangeHistory first = change(50, 1, LocalDateTime.of(2026, 3, 1, 9, 0), "Anna");
    ChangeHistory second = change(51, 2, LocalDateTime.of(2026, 3, 1, 9, 0), "Anna");
    ChangeHistory third = change(52, 1, LocalDateTime.of(2026, 3, 2, 9, 0), "Anna");
    when(historyManager.getChangeHistoriesForUser(page, user))
        .thenReturn(List.of(first, second, third));

    Map<Long, List<ChangeHistory>> byIssue = new Histories(historyManager).of(page, user);

    assertThat(byIssue).containsOnlyKeys(1L, 2L);
    assertThat(byIssue.get(1L)).containsExactly(first, third);
    assertThat(byIssue.get(2L)).containsExactly(second);
    verify(historyManager).getChangeHistoriesForUser(page, user);
  }
}
