package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.accountgoals.jira.testing.BundleI18n;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Setup when Jira refuses or lacks something")
class WhenJiraRefusesTest {

  @Mock private IssueTypeManager issueTypeManager;
  @Mock private AvatarManager avatarManager;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private OptionsManager optionsManager;
  @Mock private IssueLinkTypeManager linkTypeManager;
  @Mock private InstalledItemsStore store;
  @Mock private CustomFieldType<?, ?> textType;
  @Mock private CustomField field;

  private final Texts texts =
      new Texts(new BundleI18n(Locale.ENGLISH), new BundleI18n(Locale.ENGLISH));
  private final SetupReport.Builder report = new SetupReport.Builder();
  private Recorder recorder;

  @BeforeEach
  void nothingRecorded() {
    when(store.load()).thenReturn(InstalledItems.none());
    recorder = new Recorder(store);
  }

  @Test
  void anIssueTypeJiraRefusesIsANoticeAndNothingIsRecorded() {
    when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
    when(avatarManager.getDefaultAvatarId(any())).thenReturn(5L);
    when(issueTypeManager.createIssueType(anyString(), anyString(), any()))
        .thenThrow(new IllegalStateException("name taken"));

    Optional<IssueType> type =
        new IssueTypeSetup(issueTypeManager, avatarManager)
            .ensure(AppIssueType.GOAL, texts, recorder, report);

    assertThat(type).isEmpty();
    assertThat(report.build().notices())
        .containsExactly(
            SetupMessage.of("account-goals.setup.issuetype.failed", "Goal", "name taken"));
    verify(store, never()).save(any());
  }

  @Test
  void aFieldJiraRefusesIsANotice() throws Exception {
    when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenReturn(null);
    when(customFieldManager.getCustomFieldType(anyString())).thenAnswer(i -> textType);
    when(customFieldManager.createCustomField(any(), any(), any(), any(), any(), any()))
        .thenThrow(new IllegalStateException("database down"));

    new FieldSetup(customFieldManager, optionsManager)
        .ensure(AppField.UNIT, List.of(), texts, recorder, report);

    assertThat(report.build().notices())
        .containsExactly(
            SetupMessage.of("account-goals.setup.field.failed", "Metric unit", "database down"));
  }

  @Test
  void aMissingSystemFieldTypeIsANoticeNotUnavailable() {
    when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());

    new FieldSetup(customFieldManager, optionsManager)
        .ensure(AppField.UNIT, List.of(), texts, recorder, report);

    SetupReport done = report.build();
    assertThat(done.notices())
        .containsExactly(
            SetupMessage.of(
                "account-goals.setup.field.notype",
                "Metric unit",
                "com.atlassian.jira.plugin.system.customfieldtypes:textfield"));
    assertThat(done.unavailable()).isEmpty();
  }

  @Test
  void aFieldWithoutAContextGetsNoOptionsAndANotice() {
    when(store.load())
        .thenReturn(
            new InstalledItems(
                java.util.Map.of(),
                java.util.Map.of(AppField.KPI, "customfield_7"),
                java.util.Map.of(),
                null));
    recorder = new Recorder(store);
    when(customFieldManager.getCustomFieldObject("customfield_7")).thenReturn(field);
    when(field.getName()).thenReturn("KPI");
    when(field.getConfigurationSchemes()).thenReturn(List.of());

    new FieldSetup(customFieldManager, optionsManager)
        .ensure(AppField.KPI, List.of(), texts, recorder, report);

    assertThat(report.build().notices())
        .containsExactly(SetupMessage.of("account-goals.setup.options.nocontext", "KPI"));
    verify(optionsManager, never()).createOption(any(), any(), any(), any());
  }

  @Test
  void aLinkTypeJiraRefusesIsANotice() {
    when(linkTypeManager.getIssueLinkTypesByName(anyString())).thenReturn(List.of());
    doThrow(new IllegalStateException("no"))
        .when(linkTypeManager)
        .createIssueLinkType(any(), any(), any(), any());

    new LinkTypeSetup(linkTypeManager).ensure(texts, recorder, report);

    assertThat(report.build().notices())
        .containsExactly(
            SetupMessage.of("account-goals.setup.linktype.failed", "Goal alignment", "no"));
  }

  @Test
  void aLinkTypeThatCannotBeFoundAfterCreationIsANotice() {
    when(linkTypeManager.getIssueLinkTypesByName(anyString())).thenReturn(null);

    new LinkTypeSetup(linkTypeManager).ensure(texts, recorder, report);

    assertThat(report.build().notices())
        .containsExactly(
            SetupMessage.of("account-goals.setup.linktype.failed", "Goal alignment", ""));
    verify(store, never()).save(any());
  }

  @Test
  void aSameNamedSystemLinkTypeIsAClash() {
    IssueLinkType system =
        new FakeJira.FakeLinkType(3L, "Goal alignment", "supports", "is supported by", true);
    when(linkTypeManager.getIssueLinkTypesByName("Goal alignment")).thenReturn(List.of(system));

    new LinkTypeSetup(linkTypeManager).ensure(texts, recorder, report);

    assertThat(report.build().clashes())
        .containsExactly(
            SetupMessage.of("account-goals.setup.linktype.clash", "Goal alignment", "supports"));
    verify(linkTypeManager, never()).createIssueLinkType(any(), any(), any(), any());
  }
}
