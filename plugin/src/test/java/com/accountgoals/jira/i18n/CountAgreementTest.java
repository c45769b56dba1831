package com.accountgoals.jira.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.testing.BundleI18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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

  private static final Locale GERMAN = Locale.GERMAN;
  private static final Locale ITALIAN = Locale.ITALIAN;

  @Nested
  @DisplayName("the traffic light's incomplete rows, said by the server")
  class FactorRows {

    @ParameterizedTest
    @CsvSource({
      "en, 1, 2, (1 colour for 2 texts)",
      "en, 2, 1, (2 colours for 1 text)",
      "en, 0, 3, (0 colours for 3 texts)",
      "de, 1, 2, (1 Farbe für 2 Texte)",
      "de, 2, 1, (2 Farben für 1 Text)",
      "it, 1, 2, (1 colore per 2 testi)",
      "it, 2, 1, (2 colori per 1 testo)"
    })
    void namesEachCountWithTheWordThatAgreesWithIt(
        String language, int colours, int texts, String expected) {
      String text =
          new BundleI18n(Locale.forLanguageTag(language))
              .getText(
                  "account-goals.trafficlight.error.factor-rows-incomplete",
                  new Object[] {colours, texts});

      assertThat(text).contains(expected);
    }
  }

  @Nested
  @DisplayName("the options setup created, on the admin page")
  class SetupOptions {

    @ParameterizedTest
    @CsvSource({
      "en, 1, 1 option of the field Goal direction created.",
      "en, 4, 4 options of the field Goal direction created.",
      "de, 1, 1 Option des Feldes Goal direction angelegt.",
      "de, 4, 4 Optionen des Feldes Goal direction angelegt.",
      "it, 1, 1 opzione del campo Goal direction creata.",
      "it, 4, 4 opzioni del campo Goal direction create."
    })
    void agreeWithTheirNumberInNounAndParticiple(String language, int created, String expected) {
      String text =
          new BundleI18n(Locale.forLanguageTag(language))
              .getText("account-goals.setup.options.created", new Object[] {"Goal direction", created});

      assertThat(text).isEqualTo(expected);
    }

    @Test
    void writeALargeCountWithTheReadersSeparatorInsideTheChosenWords() {
      String text =
          new BundleI18n(GERMAN)
              .getText("account-goals.setup.options.created", new Object[] {"Ziele", 1234});

      assertThat(text).isEqualTo("1.234 Optionen des Feldes Ziele angelegt.");
    }
  }

  @Nested
  @DisplayName("every choice of the bundles, against the table the JavaScript tests share with AUI")
  class SameAsTheBrowser {

    @Test
    void readsEveryChoiceAsAuisFormatAndTheNodeHarnessDo() throws IOException {
      JsonNode readings = table();
      List<String> checked = new ArrayList<>();

      for (JsonNode reading : readings) {
        Locale locale = Locale.forLanguageTag(reading.get("lang").asText());
        String pattern = BundleI18n.load(locale).getProperty(reading.get("key").asText());
        String text = new MessageFormat(pattern, locale).format(arguments(reading.get("args")));

        assertThat(text)
            .as("%s %s %s", locale, reading.get("key").asText(), reading.get("count"))
            .isEqualTo(reading.get("text").asText());
        checked.add(reading.get("key").asText());
      }
      assertThat(checked)
          .contains(
              "account-goals.board.chart.reading-count",
              "account-goals.board.plan.outline",
              "account-goals.qbr.notice.partly-read",
              "account-goals.setup.options.created");
    }

    @Test
    void coversEveryChoiceOfEveryBundle() throws IOException {
      List<String> inTable = new ArrayList<>();
      table().forEach(reading -> inTable.add(reading.get("lang").asText() + " " + reading.get("key").asText()));

      for (Locale locale : List.of(Locale.ENGLISH, GERMAN, ITALIAN)) {
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
}
