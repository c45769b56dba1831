package com.accountgoals.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.i18n.MessageTexts;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The goal panel's template context")
class GoalPanelContextTest {

  @Mock private Issue issue;

  private final MessageTexts texts = (key, arguments) -> key + arguments;
  private GoalPanelContext provider;

  @BeforeEach
  void setUp() {
    provider = new GoalPanelContext(texts);
    provider.init(Map.of());
  }

  @Test
  void keepsJirasContextAndAddsTheIssueKeyAndTheLoadingLineAsPlainStrings() {
    when(issue.getKey()).thenReturn("ACME-7");

    Map<String, Object> context = provider.getContextMap(Map.of("issue", issue, "user", "anna"));

    assertThat(context)
        .containsEntry("issue", issue)
        .containsEntry("user", "anna")
        .containsEntry("goalKey", "ACME-7")
        .containsEntry("loadingText", "account-goals.panel.loading" + List.of("ACME-7"));
  }

  @Test
  void withoutAnIssueTheKeyIsEmptyRatherThanMissing() {
    assertThat(provider.getContextMap(Map.of())).containsEntry("goalKey", "");
  }

  @Test
  void anIssueWithoutAKeyGivesAnEmptyKey() {
    when(issue.getKey()).thenReturn(null);

    assertThat(provider.getContextMap(Map.of("issue", issue))).containsEntry("goalKey", "");
  }
}
