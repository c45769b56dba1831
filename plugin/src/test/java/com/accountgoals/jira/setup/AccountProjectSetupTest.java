package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
@DisplayName("Making a project an account project")
class AccountProjectSetupTest {

  private static final long PROJECT_ID = 10400L;

  @Mock private ProjectManager projectManager;
  @Mock private IssueTypeManager issueTypeManager;
  @Mock private IssueTypeSchemeManager issueTypeSchemeManager;
  @Mock private IssueTypeScreenSchemeManager screenSchemeManager;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private InstalledItemsStore installedItems;
  @Mock private AdminSettingsStore settings;
  @Mock private Project project;
  @Mock private FieldConfigScheme typeScheme;
  @Mock private IssueTypeScreenScheme screenScheme;
  @Mock private FieldScreenScheme goalScreens;
  @Mock private FieldScreenScheme milestoneScreens;
  @Mock private FieldScreen shared;
  @Mock private FieldScreen milestoneOnly;
  @Mock private FieldScreenTab sharedTab;
  @Mock private FieldScreenTab milestoneTab;
  @Mock private CustomField target;
  @Mock private CustomField progress;

  private final IssueType bug = new FakeJira.FakeIssueType("1", "Bug", false);
  private final IssueType goal = new FakeJira.FakeIssueType("10001", "Goal", false);
  private final IssueType milestone = new FakeJira.FakeIssueType("10002", "Milestone", false);

  private AccountProjectSetup setup;

  @BeforeEach
  void aProjectWithOnlyBugsAndTwoScreensForTheAppsTypes() {
    setup =
        new AccountProjectSetup(
            projectManager,
            issueTypeManager,
            issueTypeSchemeManager,
            screenSchemeManager,
            customFieldManager,
            installedItems,
            settings);
    when(projectManager.getProjectObj(PROJECT_ID)).thenReturn(project);
    when(project.getName()).thenReturn("ACME");
    when(project.getIssueTypes()).thenReturn(List.of(bug));
    when(installedItems.load())
        .thenReturn(
            new InstalledItems(
                Map.of(AppIssueType.GOAL, "10001", AppIssueType.MILESTONE, "10002"),
                Map.of(AppField.TARGET, "customfield_1", AppField.PROGRESS, "customfield_2"),
                Map.of(),
                null));
    when(issueTypeManager.getIssueType("10001")).thenReturn(goal);
    when(issueTypeManager.getIssueType("10002")).thenReturn(milestone);
    when(issueTypeSchemeManager.getConfigScheme(project)).thenReturn(typeScheme);
    when(typeScheme.getName()).thenReturn("ACME scheme");
    when(screenSchemeManager.getIssueTypeScreenScheme(project)).thenReturn(screenScheme);
    when(screenScheme.getEffectiveFieldScreenScheme(goal)).thenReturn(goalScreens);
    when(screenScheme.getEffectiveFieldScreenScheme(milestone)).thenReturn(milestoneScreens);
    FieldScreenSchemeItem sharedItem = () -> shared;
    FieldScreenSchemeItem milestoneItem = () -> milestoneOnly;
    FieldScreenSchemeItem noScreen = () -> null;
    when(goalScreens.getFieldScreenSchemeItems()).thenReturn(List.of(sharedItem, sharedItem));
    when(milestoneScreens.getFieldScreenSchemeItems())
        .thenReturn(List.of(sharedItem, milestoneItem, noScreen));
    when(shared.getId()).thenReturn(1L);
    when(shared.getName()).thenReturn("Default screen");
    when(shared.getTab(0)).thenReturn(sharedTab);
    when(milestoneOnly.getId()).thenReturn(2L);
    when(milestoneOnly.getName()).thenReturn("Milestone screen");
    when(milestoneOnly.getTab(0)).thenReturn(milestoneTab);
    when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(target);
    when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(progress);
    when(target.getId()).thenReturn("customfield_1");
    when(target.getName()).thenReturn("Target");
    when(settings.load()).thenReturn(AdminSettings.DEFAULT);
  }

  @Nested
  @DisplayName("the first time")
  class FirstTime {

    @Test
    void addsGoalAndMilestoneToTheProjectsIssueTypeSchemeBesideItsTypes() {
      AccountProjectChanges changes = setup.makeAccountProject(PROJECT_ID);

      verify(issueTypeSchemeManager).update(typeScheme, Set.of("1", "10001", "10002"));
      assertThat(changes.changes())
          .contains(
              SetupMessage.of("account-goals.setup.project.scheme", "Goal", "ACME scheme"),
              SetupMessage.of("account-goals.setup.project.scheme", "Milestone", "ACME scheme"));
    }

    @Test
    void addsTheEditableFieldsToTheFirstTabOfEveryScreenOnceButNotTheCalculatedOnes() {
      AccountProjectChanges changes = setup.makeAccountProject(PROJECT_ID);

      verify(sharedTab).addFieldScreenLayoutItem("customfield_1");
      verify(milestoneTab).addFieldScreenLayoutItem("customfield_1");
      verify(customFieldManager, never()).getCustomFieldObject("customfield_2");
      assertThat(changes.changes())
          .contains(
              SetupMessage.of("account-goals.setup.project.screen", "Target", "Default screen"),
              SetupMessage.of("account-goals.setup.project.screen", "Target", "Milestone screen"))
          .hasSize(4);
      assertThat(changes.problems()).isEmpty();
    }

    @Test
    void recordsTheProjectAsAnAccountProject() {
      setup.makeAccountProject(PROJECT_ID);

      ArgumentCaptor<AdminSettings> saved = ArgumentCaptor.forClass(AdminSettings.class);
      verify(settings).save(saved.capture());
      assertThat(saved.getValue().accountProjects()).containsExactly(PROJECT_ID);
    }
  }

  @Nested
  @DisplayName("again")
  class Again {

    @Test
    void changesNothingThatIsAlreadyThere() {
      when(project.getIssueTypes()).thenReturn(List.of(bug, goal, milestone));
      when(shared.containsField("customfield_1")).thenReturn(true);
      when(milestoneOnly.containsField("customfield_1")).thenReturn(true);
      when(settings.load())
          .thenReturn(SettingsBuilder.settings().projects(List.of(PROJECT_ID)).build());

      AccountProjectChanges changes = setup.makeAccountProject(PROJECT_ID);

      assertThat(changes.changes()).isEmpty();
      verify(issueTypeSchemeManager, never()).update(any(), any());
      verify(sharedTab, never()).addFieldScreenLayoutItem(any());
      verify(settings, never()).save(any());
    }
  }

  @Nested
  @DisplayName("when it cannot")
  class CannotBeDone {

    @Test
    void saysSoForAProjectThatDoesNotExist() {
      AccountProjectChanges changes = setup.makeAccountProject(99L);

      assertThat(changes.problems())
          .containsExactly(SetupMessage.of("account-goals.setup.project.unknown", 99L));
      verifyNoInteractions(issueTypeSchemeManager, settings);
    }

    @Test
    void saysSoBeforeSetupCreatedTheIssueTypes() {
      when(issueTypeManager.getIssueType("10002")).thenReturn(null);

      AccountProjectChanges changes = setup.makeAccountProject(PROJECT_ID);

      assertThat(changes.problems())
          .containsExactly(SetupMessage.of("account-goals.setup.project.notypes", "ACME"));
      assertThat(changes.changes()).isEmpty();
      verifyNoInteractions(issueTypeSchemeManager, screenSchemeManager, settings);
    }
  }

  @Nested
  @DisplayName("removing a project")
  class Removing {

    @Test
    void onlyTakesItOffTheList() {
      when(settings.load())
          .thenReturn(SettingsBuilder.settings().projects(List.of(1L, PROJECT_ID, 2L)).build());

      setup.removeAccountProject(PROJECT_ID);

      ArgumentCaptor<AdminSettings> saved = ArgumentCaptor.forClass(AdminSettings.class);
      verify(settings).save(saved.capture());
      assertThat(saved.getValue().accountProjects()).containsExactly(1L, 2L);
      verifyNoInteractions(issueTypeSchemeManager, screenSchemeManager, customFieldManager);
    }

    @Test
    void savesNothingForAProjectNotOnTheList() {
      setup.removeAccountProject(PROJECT_ID);

      verify(settings, never()).save(any());
    }
  }
}
