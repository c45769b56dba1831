package com.accountgoals.jira.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.testing.BundleI18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A count in a message agrees with its words, as Jira's MessageFormat writes it")
class CountAgreementTest {

  private static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN);

  private static String text(String language, String key, List<String> arguments) {
    return new BundleI18n(Locale.forLanguageTag(language)).getText(key, arguments.toArray());
  }

  @Nested
  @DisplayName("the server's texts, whose arguments arrive as text")
  class ServerTexts {

    @ParameterizedTest
    @CsvSource({
      "en, The factors arrived incomplete (colours: 1, texts: 2).",
      "de, 'Die Faktoren kamen unvollständig an (Farben: 1, Texte: 2).'",
      "it, 'I fattori sono arrivati incompleti (colori: 1, testi: 2).'"
    })
    void nameTheIncompleteRowsCountsWithoutAWordThatMustAgree(String language, String expected) {
      InvalidValueException problem =
          new InvalidValueException(
              "account-goals.trafficlight.error.factor-rows-incomplete", 1, 2);

      assertThat(text(language, problem.messageKey(), problem.arguments())).startsWith(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "en, 'Options of the field Goal direction created: 1.'",
      "de, 'Optionen des Feldes Goal direction angelegt: 1.'",
      "it, 'Opzioni del campo Goal direction create: 1.'"
    })
    void nameTheCreatedOptionsCountWithoutAWordThatMustAgree(String language, String expected) {
      SetupMessage message =
          SetupMessage.of("account-goals.setup.options.created", "Goal direction", 1);

      assertThat(text(language, message.key(), message.arguments())).isEqualTo(expected);
    }

    @Test
    void wouldFailWithAChoiceSoOnlyTheJavaScriptChooses() {
      MessageFormat choice = new MessageFormat("{0,choice,0#{0} texts|1#{0} text|1<{0} texts}");

      assertThatThrownBy(() -> choice.format(new Object[] {"1"}))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdNoChoiceEveryChoiceIsInAKeyTheJavaScriptShows() throws IOException {
      String scripts = resource("/js/board/strings.js") + resource("/js/panel/strings.js");
      List<String> choices = new ArrayList<>();

      for (Locale locale : LANGUAGES) {
        Properties bundle = BundleI18n.load(locale);
        for (String key : bundle.stringPropertyNames()) {
          if (bundle.getProperty(key).contains(",choice,")) {
            choices.add(key);
            assertThat(scripts).as(key).contains("AJS.I18n.getText('" + key + "'");
          }
        }
      }
      assertThat(choices).contains("account-goals.board.plan.outline");
    }
  }

  @Nested
  @DisplayName("every choice of the bundles, against the table the JavaScript tests share with AUI")
  class SameAsTheBrowser {

    @Test
    void readsEveryChoiceAsAuisFormatAndTheNodeHarnessDo() throws IOException {
      List<String> checked = new ArrayList<>();

      for (JsonNode reading : table()) {
        Locale locale = Locale.forLanguageTag(reading.get("lang").asText());
        String key = reading.get("key").asText();
        String pattern = BundleI18n.load(locale).getProperty(key);
        String text = new MessageFormat(pattern, locale).format(arguments(reading.get("args")));

        assertThat(text)
            .as("%s %s %s", locale, key, reading.get("count"))
            .isEqualTo(reading.get("text").asText());
        checked.add(key);
      }
      assertThat(checked)
          .contains(
              "account-goals.board.chart.reading-count",
              "account-goals.board.plan.outline",
              "account-goals.qbr.notice.partly-read");
    }

    @Test
    void coversEveryChoiceOfEveryBundle() throws IOException {
      List<String> inTable = new ArrayList<>();
      for (JsonNode reading : table()) {
        inTable.add(reading.get("lang").asText() + " " + reading.get("key").asText());
      }

      for (Locale locale : LANGUAGES) {
        Properties bundle = BundleI18n.load(locale);
        for (String key : bundle.stringPropertyNames()) {
          if (bundle.getProperty(key).contains(",choice,")) {
            assertThat(inTable).contains(locale.getLanguage() + " " + key);
          }
        }
      }
    }

    private JsonNode table() throws IOException {
      try (InputStream in = getClass().getResourceAsStream("/aui/choices.json")) {
        return new ObjectMapper().readTree(in);
      }
    }

    private Object[] arguments(JsonNode args) {
      Object[] out = new Object[args.size()];
      for (int i = 0; i < out.length; i++) {
        JsonNode arg = args.get(i);
        out[i] = arg.isNumber() ? (Object) arg.asInt() : arg.asText();
      }
      return out;
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = CountAgreementTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
