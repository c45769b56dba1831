package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.TestI18n;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.fields.rest.FieldOperationHolder;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Every kind of REST input the field can be sent, and what becomes of it: either the stored text
 * that goes into the issue's input parameters, or one translated error on the field with the input
 * parameters untouched, so that Jira keeps the stored value as it is.
 *
 * <p>"fields" rows send the JSON as the field's value ({@code "fields": {"customfield_10100":
 * ...}}), which Jira hands over as one "set"; "update" rows send Jira's update form for the field
 * ({@code "update": {"customfield_10100": [{"set": ...}]}}), one operation per object. The JSON is
 * read untyped by Jackson, as Jira's REST layer reads it; it is written with single quotes here
 * only to keep the table readable.
 */
@ExtendWith(MockitoExtension.class)
class TrafficLightRestInputTest {

  private static final String FIELD = "customfield_10100";
  private static final String E = "account-goals.trafficlight.error.";

  private static final String OK_FACTOR = "{'colour': 'RED', 'text': 'Budget frozen'}";

  @Mock private IssueInputParameters input;

  static Stream<Row> table() {
    return Stream.of(
        // The whole value --------------------------------------------------------------------
        fields("null clears the field", "null", stored("")),
        fields("a colour name is a colour the team chose", "'RED'", stored("TL1 RED")),
        fields("a colour name in any case", "'aMber'", stored("TL1 AMBER")),
        fields("a misspelt colour name", "'RDE'", refused(E + "unknown-colour", "RDE")),
        fields("an unknown colour name", "'purple'", refused(E + "unknown-colour", "purple")),
        fields("an empty colour name", "''", refused(E + "unknown-colour", "")),
        fields("a number", "1", refused(E + "json-shape")),
        fields("a boolean", "true", refused(E + "json-shape")),
        fields("an array", "['RED']", refused(E + "json-shape")),
        fields("an empty object does not clear the field", "{}", refused(E + "json-empty")),
        fields(
            "the field's own JSON out, colour from the factors",
            "{'colour': 'RED', 'chosen': false, 'factors': [" + OK_FACTOR + "]}",
            stored("TL1 -\nR Budget frozen")),
        fields(
            "the field's own JSON out, colour set by the team",
            "{'colour': 'GREEN', 'chosen': true, 'factors': [" + OK_FACTOR + "]}",
            stored("TL1 GREEN\nR Budget frozen")),
        fields(
            "colour left out: derived from the factors, colours in any case, texts trimmed",
            "{'factors': [{'colour': 'amber', 'text': ' New CFO '}]}",
            stored("TL1 -\nA New CFO")),
        // The overall colour -----------------------------------------------------------------
        fields("a misspelt colour", "{'colour': 'RDE'}", refused(E + "unknown-colour", "RDE")),
        fields(
            "an unknown colour with factors",
            "{'colour': 'purple', 'factors': [" + OK_FACTOR + "]}",
            refused(E + "unknown-colour", "purple")),
        fields(
            "an empty colour does not clear the field",
            "{'colour': ''}",
            refused(E + "unknown-colour", "")),
        fields(
            "a blank colour is not 'derive'",
            "{'colour': '  ', 'factors': [" + OK_FACTOR + "]}",
            refused(E + "unknown-colour", "  ")),
        fields("a colour as a number", "{'colour': 1}", refused(E + "json-not-a-string", "colour")),
        fields(
            "a colour as a boolean",
            "{'colour': true}",
            refused(E + "json-not-a-string", "colour")),
        fields(
            "a colour as an array",
            "{'colour': ['RED']}",
            refused(E + "json-not-a-string", "colour")),
        fields(
            "a colour as an object",
            "{'colour': {'name': 'RED'}}",
            refused(E + "json-not-a-string", "colour")),
        fields(
            "a null colour with factors: derived",
            "{'colour': null, 'factors': [" + OK_FACTOR + "]}",
            stored("TL1 -\nR Budget frozen")),
        fields("a null colour alone", "{'colour': null}", refused(E + "json-empty")),
        // chosen -----------------------------------------------------------------------------
        fields(
            "chosen as a string",
            "{'colour': 'RED', 'chosen': 'yes'}",
            refused(E + "json-not-a-boolean", "chosen")),
        fields(
            "chosen as a number",
            "{'colour': 'RED', 'chosen': 1}",
            refused(E + "json-not-a-boolean", "chosen")),
        fields(
            "chosen true without a colour",
            "{'chosen': true, 'factors': [" + OK_FACTOR + "]}",
            refused(E + "json-chosen-without-colour")),
        fields(
            "chosen false with a colour the factors do not give",
            "{'colour': 'GREEN', 'chosen': false, 'factors': [" + OK_FACTOR + "]}",
            refused(E + "json-colour-not-derived", "GREEN")),
        fields(
            "chosen false with a colour and no factors",
            "{'colour': 'RED', 'chosen': false}",
            refused(E + "json-colour-not-derived", "RED")),
        fields("chosen null: left out", "{'colour': 'RED', 'chosen': null}", stored("TL1 RED")),
        // Unknown properties -----------------------------------------------------------------
        fields(
            "a misspelt property",
            "{'color': 'RED'}",
            refused(E + "json-unknown-property", "color")),
        fields(
            "the JSON out's mark of an unreadable value",
            "{'unreadable': true}",
            refused(E + "json-unknown-property", "unreadable")),
        fields(
            "an unknown property in a factor",
            "{'factors': [{'colour': 'RED', 'text': 'x', 'weight': 3}]}",
            refused(E + "json-unknown-property.in-factor", "1", "weight")),
        fields(
            "a misspelt property in the second factor",
            "{'factors': [" + OK_FACTOR + ", {'color': 'RED', 'text': 'y'}]}",
            refused(E + "json-unknown-property.in-factor", "2", "color")),
        // factors ----------------------------------------------------------------------------
        fields(
            "factors as a string",
            "{'factors': 'Budget frozen'}",
            refused(E + "json-factors-not-an-array")),
        fields(
            "factors as an object",
            "{'factors': " + OK_FACTOR + "}",
            refused(E + "json-factors-not-an-array")),
        fields("null factors: left out", "{'colour': 'RED', 'factors': null}", stored("TL1 RED")),
        fields("no factors and no colour", "{'factors': []}", refused(E + "json-empty")),
        fields(
            "a factor that is a string",
            "{'factors': ['Budget frozen']}",
            refused(E + "json-factor-not-an-object", "1")),
        fields(
            "a null factor",
            "{'factors': [" + OK_FACTOR + ", null]}",
            refused(E + "json-factor-not-an-object", "2")),
        fields(
            "a factor that is an array",
            "{'factors': [['RED', 'x']]}",
            refused(E + "json-factor-not-an-object", "1")),
        // A factor's colour ------------------------------------------------------------------
        fields(
            "a misspelt factor colour",
            "{'factors': [{'colour': 'RDE', 'text': 'x'}]}",
            refused(E + "unknown-colour.in-row", "1", "RDE")),
        fields(
            "an unknown factor colour",
            "{'factors': [" + OK_FACTOR + ", {'colour': 'purple', 'text': 'x'}]}",
            refused(E + "unknown-colour.in-row", "2", "purple")),
        fields(
            "an unknown factor colour without text does not clear the field",
            "{'factors': [{'colour': 'purple'}]}",
            refused(E + "json-factor-property-missing", "1", "text")),
        fields(
            "an empty factor colour",
            "{'factors': [{'colour': '', 'text': 'x'}]}",
            refused(E + "unknown-colour.in-row", "1", "")),
        fields(
            "a factor colour as a number",
            "{'factors': [{'colour': 2, 'text': 'x'}]}",
            refused(E + "json-not-a-string.in-factor", "1", "colour")),
        fields(
            "a null factor colour",
            "{'factors': [{'colour': null, 'text': 'x'}]}",
            refused(E + "json-factor-property-missing", "1", "colour")),
        fields(
            "a factor without a colour",
            "{'factors': [{'text': 'x'}]}",
            refused(E + "json-factor-property-missing", "1", "colour")),
        // A factor's text --------------------------------------------------------------------
        fields(
            "a text as a number",
            "{'factors': [{'colour': 'RED', 'text': 5}]}",
            refused(E + "json-not-a-string.in-factor", "1", "text")),
        fields(
            "a text as a boolean",
            "{'factors': [{'colour': 'RED', 'text': false}]}",
            refused(E + "json-not-a-string.in-factor", "1", "text")),
        fields(
            "a text as an object",
            "{'factors': [{'colour': 'RED', 'text': {'en': 'x'}}]}",
            refused(E + "json-not-a-string.in-factor", "1", "text")),
        fields(
            "a null text",
            "{'factors': [{'colour': 'RED', 'text': null}]}",
            refused(E + "json-factor-property-missing", "1", "text")),
        fields(
            "a blank text is not skipped",
            "{'factors': [{'colour': 'RED', 'text': '  '}, " + OK_FACTOR + "]}",
            refused(E + "json-factor-blank", "1")),
        fields(
            "a text with a line break",
            "{'factors': [{'colour': 'RED', 'text': 'one\\ntwo'}]}",
            refused(E + "factor-control-character.in-row", "1")),
        fields(
            "a text of 255 characters",
            "{'factors': [{'colour': 'RED', 'text': '" + "x".repeat(255) + "'}]}",
            stored("TL1 -\nR " + "x".repeat(255))),
        fields(
            "a text of 256 characters",
            "{'factors': [{'colour': 'RED', 'text': '" + "x".repeat(256) + "'}]}",
            refused(E + "factor-too-long.in-row", "1", "255", "256")),
        fields(
            "a text of 100,000 characters",
            "{'factors': [{'colour': 'RED', 'text': '" + "x".repeat(100_000) + "'}]}",
            refused(E + "factor-too-long.in-row", "1", "255", "100000")),
        // Huge arrays ------------------------------------------------------------------------
        fields(
            "50 factors",
            "{'factors': " + factors(50, OK_FACTOR) + "}",
            stored("TL1 -" + "\nR Budget frozen".repeat(50))),
        fields(
            "51 factors",
            "{'factors': " + factors(51, OK_FACTOR) + "}",
            refused(E + "too-many-factors", "50", "51")),
        fields(
            "100,000 factors",
            "{'factors': " + factors(100_000, OK_FACTOR) + "}",
            refused(E + "too-many-factors", "50", "100000")),
        fields(
            "51 factors that are not factors: the size is checked first",
            "{'factors': " + factors(51, "null") + "}",
            refused(E + "too-many-factors", "50", "51")),
        // Operations (Jira's update form) ----------------------------------------------------
        update("set", "[{'set': 'RED'}]", stored("TL1 RED")),
        update("set null", "[{'set': null}]", stored("")),
        update(
            "SET in capitals, as Jira's own fields take it", "[{'SET': 'RED'}]", stored("TL1 RED")),
        update(
            "two sets: the last one counts",
            "[{'set': 'RED'}, {'set': 'GREEN'}]",
            stored("TL1 GREEN")),
        update(
            "add",
            "[{'add': {'factors': [" + OK_FACTOR + "]}}]",
            refused(E + "json-unsupported-operation", "add")),
        update(
            "remove",
            "[{'remove': {'factors': [" + OK_FACTOR + "]}}]",
            refused(E + "json-unsupported-operation", "remove")),
        update("edit", "[{'edit': 'RED'}]", refused(E + "json-unsupported-operation", "edit")),
        update(
            "remove null does not clear the field",
            "[{'remove': null}]",
            refused(E + "json-unsupported-operation", "remove")),
        update(
            "a set followed by an add sets nothing",
            "[{'set': 'RED'}, {'add': 'GREEN'}]",
            refused(E + "json-unsupported-operation", "add")),
        update(
            "a good set followed by a bad one sets nothing",
            "[{'set': 'RED'}, {'set': 'purple'}]",
            refused(E + "unknown-colour", "purple")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void restInput(Row row) {
    FakeCustomField field = new FakeCustomField(10100, "Traffic light");
    FakeIssue issue = new FakeIssue(10L, "ACME-1");
    field.with(issue, "TL1 GREEN\nG Sponsor");
    TrafficLightFieldType type =
        new TrafficLightFieldType(null, null, TestI18n.withHelper(new KeysInEveryBundle()), null);

    ErrorCollection errors =
        type.getRestFieldOperation(field)
            .updateIssueInputParameters(null, issue, FIELD, input, row.operations());

    if (row.expected() instanceof Stored stored) {
      assertThat(errors.hasAnyErrors()).as(errors.getErrors().toString()).isFalse();
      verify(input).addCustomFieldValue(FIELD, stored.text());
      verifyNoMoreInteractions(input);
    } else {
      assertThat(errors.getErrors()).isEqualTo(Map.of(FIELD, row.expected().toString()));
      assertThat(errors.getErrorMessages()).isEmpty();
      verifyNoInteractions(input);
    }
  }

  // The table's vocabulary ---------------------------------------------------------------------

  /** One line of the table; its name is the test's name. */
  record Row(String name, List<FieldOperationHolder> operations, Expected expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  sealed interface Expected permits Stored, Refused {}

  /** Accepted: the stored text that goes into the issue's input parameters. */
  record Stored(String text) implements Expected {}

  /** Refused: the error's key and arguments, in the form {@link KeysInEveryBundle} gives them. */
  record Refused(String key, List<String> arguments) implements Expected {
    @Override
    public String toString() {
      return key + arguments;
    }
  }

  private static Row fields(String name, String json, Expected expected) {
    return new Row(
        "fields: " + name, List.of(new FieldOperationHolder("set", json(json))), expected);
  }

  private static Row update(String name, String json, Expected expected) {
    List<FieldOperationHolder> operations = new ArrayList<>();
    for (Object operation : (List<?>) read(json)) {
      ((Map<?, ?>) operation)
          .forEach(
              (verb, value) ->
                  operations.add(new FieldOperationHolder((String) verb, new JsonData(value))));
    }
    return new Row("update: " + name, operations, expected);
  }

  private static Stored stored(String text) {
    return new Stored(text);
  }

  private static Refused refused(String key, String... arguments) {
    return new Refused(key, List.of(arguments));
  }

  private static String factors(int count, String factor) {
    return IntStream.range(0, count)
        .mapToObj(i -> factor)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private static JsonData json(String json) {
    return new JsonData(read(json));
  }

  private static Object read(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad JSON in the table: " + json, e);
    }
  }

  /**
   * Gives a message as its key and arguments, so that the table can name the key, after checking
   * that the English, German and Italian bundles all translate it with those arguments.
   */
  private static final class KeysInEveryBundle implements I18nHelper {

    private static final List<BundleI18n> BUNDLES =
        Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN).map(BundleI18n::new).toList();

    @Override
    public Locale getLocale() {
      return Locale.ENGLISH;
    }

    @Override
    public String getText(String key) {
      return getText(key, new Object[0]);
    }

    @Override
    public String getText(String key, Object parameters) {
      Object[] arguments = (Object[]) parameters;
      for (BundleI18n bundle : BUNDLES) {
        assertThat(bundle.getText(key, arguments)).doesNotContain(key).isNotBlank();
      }
      return key + Arrays.stream(arguments).map(String::valueOf).toList();
    }
  }
}
