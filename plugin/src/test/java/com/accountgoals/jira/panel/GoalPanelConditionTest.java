package com.accountgoals.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The goal panel's condition")
class GoalPanelConditionTest {

  private static final String GOAL_TYPE = "10100";
  private static final String MILESTONE_TYPE = "10101";
  private static final long ACCOUNT_PROJECT = 10_000L;

  @Mock private InstalledItemsStore installedItems;
  @Mock private AdminSettingsStore settings;
  @Mock private Issue issue;
  @Mock private Project project;

  private GoalPanelCondition condition;

  @BeforeEach
  void setUp() {
    condition = new GoalPanelCondition(installedItems, settings);
    lenient()
        .when(installedItems.load())
        .thenReturn(
            new InstalledItems(
                Map.of(AppIssueType.GOAL, GOAL_TYPE, AppIssueType.MILESTONE, MILESTONE_TYPE),
                Map.of(),
                Map.of(),
                null));
    lenient()
        .when(settings.load())
        .thenReturn(SettingsBuilder.settings().projects(List.of(ACCOUNT_PROJECT)).build());
  }

  private Map<String, Object> issueView() {
    Map<String, Object> context = new HashMap<>();
    context.put("issue", issue);
    return context;
  }

  private void anIssueOf(String type, Long projectId) {
    when(issue.getIssueTypeId()).thenReturn(type);
    lenient().when(issue.getProjectObject()).thenReturn(project);
    lenient().when(project.getId()).thenReturn(projectId);
  }

  @Nested
  @DisplayName("shows the panel")
  class Shows {

    @Test
    void onAGoalInAnAccountProject() {
      anIssueOf(GOAL_TYPE, ACCOUNT_PROJECT);

      assertThat(condition.shouldDisplay(issueView())).isTrue();
    }

    @Test
    void onAMilestoneInAnAccountProject() {
      anIssueOf(MILESTONE_TYPE, ACCOUNT_PROJECT);

      assertThat(condition.shouldDisplay(issueView())).isTrue();
    }
  }

  @Nested
  @DisplayName("hides the panel")
  class Hides {

    @Test
    void onAnotherIssueTypeInAnAccountProject() {
      anIssueOf("1", ACCOUNT_PROJECT);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void onAGoalInAProjectThatIsNoAccountProject() {
      anIssueOf(GOAL_TYPE, 20_000L);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void onAnIssueWithoutAProject() {
      when(issue.getIssueTypeId()).thenReturn(GOAL_TYPE);
      when(issue.getProjectObject()).thenReturn(null);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void onAProjectWithoutAnId() {
      anIssueOf(GOAL_TYPE, null);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void onAnIssueWithoutAType() {
      when(issue.getIssueTypeId()).thenReturn(null);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void beforeSetupRecordedTheIssueTypes() {
      when(installedItems.load()).thenReturn(InstalledItems.none());
      when(issue.getIssueTypeId()).thenReturn(GOAL_TYPE);

      assertThat(condition.shouldDisplay(issueView())).isFalse();
    }

    @Test
    void onAPageWithoutAnIssueWithoutReadingAnything() {
      condition.init(Map.of());

      assertThat(condition.shouldDisplay(Map.of("issue", "ACME-1"))).isFalse();
      assertThat(condition.shouldDisplay(Map.of())).isFalse();
      verifyNoInteractions(installedItems, settings);
    }
  }
}
