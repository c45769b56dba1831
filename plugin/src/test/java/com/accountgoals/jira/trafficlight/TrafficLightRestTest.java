package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.accountgoals.jira.indexing.FieldIndexers;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.TestI18n;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.rest.FieldOperationHolder;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfo;
import com.atlassian.jira.issue.fields.rest.RestFieldOperationsHandler;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.issue.fields.rest.json.JsonType;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TrafficLightRestTest {

  private static final String FIELD = "customfield_10100";

  @Mock private CustomFieldValuePersister persister;
  @Mock private GenericConfigManager configManager;
  @Mock private FieldVisibilityManager visibility;
  @Mock private IssueInputParameters input;

  private TrafficLightFieldType type;
  private final FakeIssue issue = new FakeIssue(10L, "ACME-1");
  private final FakeCustomField field = new FakeCustomField(10100, "Traffic light");

  @BeforeEach
  void createType() {
    type =
        new TrafficLightFieldType(
            persister,
            configManager,
            TestI18n.userSpeaking(Locale.ENGLISH),
            new FieldIndexers(visibility));
  }

  @Nested
  @DisplayName("JSON out")
  class JsonOut {

    @Test
    void isTheOverallColourPlusTheFactorsInOrder() {
      field.with(issue, "TL1 -\nR Budget frozen\nG Sponsor");

      Object json = type.getJsonFromIssue(field, issue, false, null).getStandardData().getData();

      assertThat(json)
          .isEqualTo(
              Map.of(
                  "colour",
                  "RED",
                  "chosen",
                  false,
                  "factors",
                  List.of(
                      Map.of("colour", "RED", "text", "Budget frozen"),
                      Map.of("colour", "GREEN", "text", "Sponsor"))));
    }

    @Test
    void isNullWithoutAValue() {
      assertThat(type.getJsonFromIssue(field, issue, false, null).getStandardData().isNull())
          .isTrue();
    }

    @Test
    void saysSoForAnUnreadableValue() {
      field.with(issue, "legacy");

      Object json = type.getJsonFromIssue(field, issue, false, null).getStandardData().getData();

      assertThat(json).isEqualTo(Map.of("unreadable", true));
    }

    @Test
    void isDescribedAsThisAppsCustomTypeInTheMetaData() {
      JsonType schema = type.getJsonSchema(field);

      assertThat(schema.getType()).isEqualTo("any");
      assertThat(schema.getCustom()).isEqualTo("com.accountgoals.jira:traffic-light");
      assertThat(schema.getCustomId()).isEqualTo(10100L);
    }

    @Test
    void offersTheMetaDataNeitherAllowedValuesNorAnAutoCompleteAddress() {
      FieldTypeInfo info = type.getFieldTypeInfo(null);

      assertThat(info).isNotNull();
      assertThat(info.getAllowedValues()).isNull();
      assertThat(info.getAutoCompleteUrl()).isNull();
    }
  }

  @Nested
  @DisplayName("JSON in")
  class JsonIn {

    private RestFieldOperationsHandler handler;

    @BeforeEach
    void handler() {
      handler = type.getRestFieldOperation(field);
    }

    @Test
    void offersSetOnly() {
      assertThat(handler.getSupportedOperations()).containsExactly("set");
    }

    @Test
    void setsTheStoredTextBuiltFromAnObject() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("colour", null);
      json.put(
          "factors",
          List.of(
              Map.of("colour", "red", "text", " Budget frozen "),
              Map.of("colour", "GREEN", "text", "Sponsor")));

      ErrorCollection errors = set(json);

      assertThat(errors.hasAnyErrors()).isFalse();
      verify(input).addCustomFieldValue(FIELD, "TL1 -\nR Budget frozen\nG Sponsor");
    }

    @Test
    void takesWhatItsOwnOutputLooksLike() {
      field.with(issue, "TL1 AMBER\nR Budget frozen");
      Object json = type.getJsonFromIssue(field, issue, false, null).getStandardData().getData();

      set(json);

      verify(input).addCustomFieldValue(FIELD, "TL1 AMBER\nR Budget frozen");
    }

    @Test
    void takesAColourNameAsAChosenColour() {
      set("GREEN");

      verify(input).addCustomFieldValue(FIELD, "TL1 GREEN");
    }

    @Test
    void clearsTheFieldWithNull() {
      set(null);

      verify(input).addCustomFieldValue(FIELD, "");
    }

    @Test
    void refusesAnUnknownPropertyWithATranslatedFieldErrorAndSetsNothing() {
      ErrorCollection errors = set(Map.of("color", "RED"));

      assertThat(errors.getErrors())
          .containsEntry(FIELD, "The traffic light has no property \"color\".");
      verify(input, never()).addCustomFieldValue(any(String.class), any(String[].class));
    }

    @Test
    void refusesFactorsThatAreNotAList() {
      ErrorCollection errors = set(Map.of("factors", "Budget frozen"));

      assertThat(errors.getErrors()).containsKey(FIELD);
      verify(input, never()).addCustomFieldValue(any(String.class), any(String[].class));
    }

    @Test
    void refusesATooLongFactorNamingItsPosition() {
      ErrorCollection errors =
          set(Map.of("factors", List.of(Map.of("colour", "RED", "text", "x".repeat(300)))));

      assertThat(errors.getErrors())
          .containsEntry(FIELD, "Factor 1 can have at most 255 characters; it has 300.");
    }

    private ErrorCollection set(Object json) {
      return handler.updateIssueInputParameters(
          null, issue, FIELD, input, List.of(new FieldOperationHolder("set", new JsonData(json))));
    }
  }
}
