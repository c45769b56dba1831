package com.accountgoals.jira.rows.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.CustomFieldManager;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The app's fields a board reads")
class AppFieldsTest {

  @Mock private CustomFieldManager customFields;

  @Test
  void findsEachFieldByTheIdSetupRecorded() {
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> byId(call.getArgument(0)));

    AppFields fields = AppFields.resolve(Setup.installed(), customFields);

    assertThat(fields.field(AppField.TARGET)).contains(Setup.field(AppField.TARGET));
    assertThat(fields.missing()).isEmpty();
  }

  @Test
  void neverLooksUpTheCalculatedFields() {
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> byId(call.getArgument(0)));

    AppFields fields = AppFields.resolve(Setup.installed(), customFields);

    verify(customFields, never()).getCustomFieldObject(Setup.field(AppField.PROGRESS).getId());
    verify(customFields, never()).getCustomFieldObject(Setup.field(AppField.HEALTH).getId());
    assertThat(fields.field(AppField.HEALTH)).isEmpty();
  }

  @Test
  void aFieldSetupDidNotRecordIsMissing() {
    InstalledItems nothing = new InstalledItems(Map.of(), Map.of(), Map.of(), null);

    AppFields fields = AppFields.resolve(nothing, customFields);

    assertThat(fields.missing()).isEqualTo(AppFields.READ);
    assertThat(fields.field(AppField.TARGET)).isEmpty();
    verify(customFields, never()).getCustomFieldObject(anyString());
  }

  @Test
  void aFieldJiraNoLongerKnowsIsMissing() {
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> byId(call.getArgument(0)));
    when(customFields.getCustomFieldObject(Setup.field(AppField.UNIT).getId())).thenReturn(null);

    AppFields fields = AppFields.resolve(Setup.installed(), customFields);

    assertThat(fields.missing()).isEqualTo(EnumSet.of(AppField.UNIT));
  }

  private static Object byId(String id) {
    for (AppField field : AppField.values()) {
      if (Setup.field(field).getId().equals(id)) {
        return Setup.field(field);
      }
    }
    return null;
  }
}
