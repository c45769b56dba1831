package com.accountgoals.jira.trafficlight;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import com.accountgoals.jira.indexing.FieldIndexers;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.FormParams;
import com.accountgoals.jira.testing.TestI18n;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TrafficLightFieldTypeTest {

  private static final String RED_AND_GREEN = "TL1 -\nR Not on the supplier list\nG Sponsor";
  private static final String FIELD = "customfield_10100";

  @Mock private CustomFieldValuePersister persister;
  @Mock private GenericConfigManager configManager;
  @Mock private FieldVisibilityManager visibility;

  private TrafficLightFieldType type;
  private final FakeIssue issue = new FakeIssue(10L, "ACME-1");
  private FakeCustomField field;

  @BeforeEach
  void createType() {
    type =
        new TrafficLightFieldType(
            persister,
            configManager,
            TestI18n.userSpeaking(Locale.ENGLISH),
            new FieldIndexers(visibility));
    field = new FakeCustomField(10100, "Traffic light");
  }

  @Nested
  @DisplayName("storage")
  class Storage {

    @Test
    void storesInAnUnlimitedTextColumnBecauseFiftyFactorsDoNotFitALimitedOne() {
      assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
    }

    @Test
    void loadsEvenAValueItCannotReadSoThatTheIssueStillOpens() {
      assertThat(type.getObjectFromDbValue("garbage")).isEqualTo("garbage");
    }

    @Test
    void writesTheStoredTextUnchanged() {
      assertThat(type.getDbValueFromObject(RED_AND_GREEN)).isEqualTo(RED_AND_GREEN);
    }

    @Test
    void givesJirasIndexersAnEmptyStringForNoValue() {
      assertThat(type.getStringFromSingularObject(null)).isEmpty();
    }

    @Test
    void givesJirasIndexersTheStoredTextOfAValue() {
      assertThat(type.getStringFromSingularObject(RED_AND_GREEN)).isEqualTo(RED_AND_GREEN);
    }
  }

  @Nested
  @DisplayName("text given outside the form (REST, CSV import)")
  class Text {

    @Test
    void aColourNameBecomesAChosenColourWithoutFactors() {
      assertThat(type.getSingularObjectFromString("amber")).isEqualTo("TL1 AMBER");
    }

    @Test
    void aStoredTextIsCheckedAndKept() {
      assertThat(type.getSingularObjectFromString(RED_AND_GREEN)).isEqualTo(RED_AND_GREEN);
    }

    @Test
    void blankMeansNoValue() {
      assertThat(type.getSingularObjectFromString("  ")).isNull();
    }

    @Test
    void somethingElseIsRefusedWithATranslatedMessage() {
      assertThatThrownBy(() -> type.getSingularObjectFromString("purple"))
          .isInstanceOf(FieldValidationException.class)
          .hasMessage("\"purple\" is not a traffic-light colour. Use GREEN, AMBER or RED.");
    }

    @Test
    void aBrokenStoredTextIsRefusedNamingTheLine() {
      assertThatThrownBy(() -> type.getSingularObjectFromString("TL1 RED\nX what"))
          .isInstanceOf(FieldValidationException.class)
          .hasMessage("This is not a stored traffic light (problem in line 2).");
    }

    @Test
    void theMessageIsInTheUsersLanguage() {
      TrafficLightFieldType german =
          new TrafficLightFieldType(
              persister,
              configManager,
              TestI18n.userSpeaking(Locale.GERMAN),
              new FieldIndexers(visibility));

      assertThatThrownBy(() -> german.getSingularObjectFromString("lila"))
          .hasMessage(
              "\u201elila\u201c ist keine Ampelfarbe. Verwenden Sie GREEN, AMBER oder RED.");
    }
  }

  @Nested
  @DisplayName("the edit form")
  class Form {

    @Test
    void buildsTheStoredTextFromTheRowsInTheirOrder() {
      FormParams posted =
          FormParams.of(
              "overall",
              "",
              "colour",
              "RED",
              "text",
              "Not on the supplier list",
              "colour",
              "GREEN",
              "text",
              "Sponsor",
              "colour",
              "AMBER",
              "text",
              "");

      assertThat(type.getValueFromCustomFieldParams(posted)).isEqualTo(RED_AND_GREEN);
    }

    @Test
    void keepsAChosenColour() {
      FormParams posted = FormParams.of("overall", "GREEN", "colour", "AMBER", "text", "New CFO");

      assertThat(type.getValueFromCustomFieldParams(posted)).isEqualTo("TL1 GREEN\nA New CFO");
    }

    @Test
    void emptyFormMeansNoValue() {
      FormParams posted = FormParams.of("overall", "", "colour", "AMBER", "text", "");

      assertThat(type.getValueFromCustomFieldParams(posted)).isNull();
    }

    @Test
    void emptyFormKeepsAnUnreadableValueInsteadOfErasingIt() {
      FormParams posted =
          FormParams.of("overall", "", "colour", "AMBER", "text", "", "keep", "legacy text");

      assertThat(type.getValueFromCustomFieldParams(posted)).isEqualTo("legacy text");
    }

    @Test
    void aNewEntryReplacesAnUnreadableValue() {
      FormParams posted =
          FormParams.of("overall", "RED", "colour", "AMBER", "text", "", "keep", "legacy text");

      assertThat(type.getValueFromCustomFieldParams(posted)).isEqualTo("TL1 RED");
    }

    @Test
    void emptyFormClearsAnUnreadableValueWhenThePersonChoseToReplaceIt() {
      FormParams posted = FactorRows.replacing("legacy", FactorRows.posted("", "AMBER", ""));

      assertThat(type.getValueFromCustomFieldParams(posted)).isNull();
    }

    @Test
    void aNewEntryReplacesAnUnreadableValueThePersonChoseToReplace() {
      FormParams posted =
          FactorRows.replacing("legacy", FactorRows.posted("", "RED", "Budget frozen"));

      assertThat(type.getValueFromCustomFieldParams(posted)).isEqualTo("TL1 -\nR Budget frozen");
    }

    @Test
    void aTooLongFactorIsRefusedNamingItsRow() {
      FormParams posted =
          FormParams.of(
              "overall",
              "",
              "colour",
              "RED",
              "text",
              "ok",
              "colour",
              "RED",
              "text",
              "x".repeat(256));

      assertThatThrownBy(() -> type.getValueFromCustomFieldParams(posted))
          .isInstanceOf(FieldValidationException.class)
          .hasMessage("Factor 2 can have at most 255 characters; it has 256.");
    }

    @Test
    void valuesJiraFilledInFromTheIssueAreReadAsStoredText() {
      assertThat(type.getValueFromCustomFieldParams(FormParams.stored(RED_AND_GREEN)))
          .isEqualTo(RED_AND_GREEN);
    }

    @Test
    void showsTheStoredFactorsPlusAnEmptyRowForANewOne() {
      Object model = type.getStringValueFromCustomFieldParams(FormParams.stored(RED_AND_GREEN));

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry("overall", "")
          .containsEntry("keep", null)
          .containsEntry(
              "rows",
              List.of(
                  Map.of("colour", "RED", "text", "Not on the supplier list"),
                  Map.of("colour", "GREEN", "text", "Sponsor"),
                  Map.of("colour", "AMBER", "text", "")));
    }

    @Test
    void showsWhatWasTypedWhenASaveWasRefused() {
      FormParams posted =
          FormParams.of("overall", "RED", "colour", "PURPLE", "text", "Typed by hand");

      Object model = type.getStringValueFromCustomFieldParams(posted);

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry("overall", "RED")
          .containsEntry(
              "rows",
              List.of(
                  Map.of(
                      "colour",
                      "PURPLE",
                      "unknown",
                      "true",
                      "text",
                      "Typed by hand",
                      "error",
                      "\"PURPLE\" is not a traffic-light colour. Use GREEN, AMBER or RED."),
                  Map.of("colour", "AMBER", "text", "")));
    }

    @Test
    void showsAPostedRowWithoutAColourAsAmber() {
      // A row whose colour did not arrive (a broken script, a hand-made post) is shown amber,
      // "could go either way", like the row for a new factor.
      FormParams posted =
          FormParams.of("overall", "", "colour", "RED", "text", "Budget frozen", "text", "New CFO");

      Object model = type.getStringValueFromCustomFieldParams(posted);

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry(
              "rows",
              List.of(
                  Map.of("colour", "RED", "text", "Budget frozen"),
                  Map.of("colour", "AMBER", "text", "New CFO"),
                  Map.of("colour", "AMBER", "text", "")))
          .hasEntrySatisfying(
              "error", error -> assertThat(error).asString().startsWith("The factors arrived"));
    }

    @Test
    void refusesToSaveAPostedRowWithoutAColour() {
      FormParams posted =
          FormParams.of("overall", "", "colour", "RED", "text", "Budget frozen", "text", "New CFO");

      assertThatThrownBy(() -> type.getValueFromCustomFieldParams(posted))
          .isInstanceOf(FieldValidationException.class)
          .hasMessageStartingWith("The factors arrived incomplete (colours: 1, texts: 2).");
    }

    @Test
    void putsEachRowsProblemBesideThatRowAfterARefusedSave() {
      FormParams posted =
          FactorRows.posted("", "PURPLE", "Budget frozen", "RED", "ok", "RED", "x".repeat(256));

      Object model = type.getStringValueFromCustomFieldParams(posted);

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry(
              "rows",
              List.of(
                  Map.of(
                      "colour",
                      "PURPLE",
                      "unknown",
                      "true",
                      "text",
                      "Budget frozen",
                      "error",
                      "\"PURPLE\" is not a traffic-light colour. Use GREEN, AMBER or RED."),
                  Map.of("colour", "RED", "text", "ok"),
                  Map.of(
                      "colour",
                      "RED",
                      "text",
                      "x".repeat(256),
                      "error",
                      "A factor can have at most 255 characters; this one has 256."),
                  Map.of("colour", "AMBER", "text", "")))
          .doesNotContainKey("error");
    }

    @Test
    void putsAProblemOfTheWholeListAboveTheRows() {
      Object model = type.getStringValueFromCustomFieldParams(FactorRows.postedGreen(51));

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry("error", "A traffic light can have at most 50 factors; this one has 51.")
          .containsEntry("full", true);
    }

    @ParameterizedTest(name = "{0} factors: {1} rows, full {2}")
    @CsvSource({"48, 49, false", "49, 50, true", "50, 50, true"})
    void offersARowForANewFactorOnlyWhileThereIsRoomForIt(int factors, int rows, boolean full) {
      Object model =
          type.getStringValueFromCustomFieldParams(
              FormParams.stored(FactorRows.storedGreen(factors)));

      assertThat(model).asInstanceOf(MAP).containsEntry("full", full);
      assertThat(((Map<?, ?>) model).get("rows")).asList().hasSize(rows);
    }

    @Test
    void remembersThatThePersonChoseToReplaceAnUnreadableValue() {
      FormParams posted = FactorRows.replacing("legacy", FactorRows.posted("PURPLE", "AMBER", ""));

      assertThat(type.getStringValueFromCustomFieldParams(posted))
          .asInstanceOf(MAP)
          .containsEntry("keep", "legacy")
          .containsEntry("replace", true)
          .containsEntry("overall", "PURPLE")
          .containsEntry("overallUnknown", true)
          .containsEntry(
              "overallError", "\"PURPLE\" is not a traffic-light colour. Use GREEN, AMBER or RED.")
          .doesNotContainKey("error");
    }

    @Test
    void offersToKeepAnUnreadableValue() {
      Object model = type.getStringValueFromCustomFieldParams(FormParams.stored("legacy text"));

      assertThat(model)
          .asInstanceOf(MAP)
          .containsEntry("keep", "legacy text")
          .containsEntry("replace", false);
    }
  }

  @Nested
  @DisplayName("the view")
  class View {

    @Test
    void givesTheTemplatesTheLightAsPlainMapsWithTheFactorsInTheTeamsOrder() {
      field.with(issue, RED_AND_GREEN);

      Map<String, Object> params = type.getVelocityParameters(issue, field, null);

      assertThat(params.get("trafficLight"))
          .isEqualTo(
              Map.of(
                  "state",
                  "light",
                  "overall",
                  "RED",
                  "overallCss",
                  "red",
                  "chosen",
                  false,
                  "contradicted",
                  false,
                  "factorsColour",
                  "RED",
                  "hasFactors",
                  true,
                  "factors",
                  List.of(
                      Map.of(
                          "colour", "RED",
                          "colourCss", "red",
                          "text", "Not on the supplier list"),
                      Map.of("colour", "GREEN", "colourCss", "green", "text", "Sponsor"))));
    }

    @Test
    void marksAChosenColourThatTheFactorsContradict() {
      field.with(issue, "TL1 GREEN\nA New CFO");

      assertThat(type.getVelocityParameters(issue, field, null).get("trafficLight"))
          .asInstanceOf(MAP)
          .containsEntry("contradicted", true)
          .containsEntry("factorsColour", "AMBER");
    }

    @Test
    void hasNoFactorsColourForAChosenColourAlone() {
      field.with(issue, "TL1 GREEN");

      assertThat(type.getVelocityParameters(issue, field, null).get("trafficLight"))
          .asInstanceOf(MAP)
          .containsEntry("hasFactors", false)
          .containsEntry("contradicted", false)
          .containsEntry("factorsColour", "");
    }

    @Test
    void marksAnUnreadableValueAndHandsOverItsTextInsteadOfFailing() {
      field.with(issue, "TL9 whatever");

      Map<String, Object> params = type.getVelocityParameters(issue, field, null);

      assertThat(params.get("trafficLight"))
          .isEqualTo(Map.of("state", "unreadable", "raw", "TL9 whatever"));
    }

    @Test
    void logsAWarningNamingTheIssueAndTheProblemButNotTheStoredText() {
      field.with(issue, "TL9 private notes");
      PrintStream standardError = System.err;
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      System.setErr(new PrintStream(log, true, UTF_8));
      try {
        type.getVelocityParameters(issue, field, null);
      } finally {
        System.setErr(standardError);
      }

      assertThat(log.toString(UTF_8))
          .contains("WARN", "customfield_10100", "ACME-1", "stored-form")
          .doesNotContain("private notes");
    }

    @Test
    void showsNothingWithoutAValue() {
      Map<String, Object> params = type.getVelocityParameters(issue, field, null);

      assertThat(params.get("trafficLight")).isEqualTo(Map.of("state", "none"));
    }

    @Test
    void showsNothingWithoutAnIssueAsOnTheDefaultValueScreen() {
      Map<String, Object> params = type.getVelocityParameters(null, field, null);

      assertThat(params.get("trafficLight")).isEqualTo(Map.of("state", "none"));
    }
  }

  @Nested
  @DisplayName("change history and search")
  class HistoryAndSearch {

    @Test
    void describesAChangeOnOneReadableLine() {
      assertThat(type.getChangelogString(field, "TL1 AMBER\nR Budget frozen\nG Sponsor"))
          .isEqualTo("AMBER (set) | R: Budget frozen | G: Sponsor");
    }

    @Test
    void marksOnlyAChosenOverallColourAsSet() {
      assertThat(type.getChangelogString(field, RED_AND_GREEN))
          .isEqualTo("RED | R: Not on the supplier list | G: Sponsor");
    }

    @Test
    void describesARemovedValueWithNoLine() {
      assertThat(type.getChangelogString(field, null)).isNull();
    }

    @Test
    void recordsAnUnreadableValueAsItIs() {
      assertThat(type.getChangelogString(field, "legacy")).isEqualTo("legacy");
    }

    @Test
    void indexesThroughItsOwnIndexerSoThatJqlSeesTheColour() {
      assertThat(type.getRelatedIndexers(field))
          .singleElement()
          .isInstanceOf(TrafficLightIndexer.class);
    }
  }
}
