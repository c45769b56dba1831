package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.trajectory.Health;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("How a health is written in JQL and in the index")
class HealthTermsTest {

  @Nested
  @DisplayName("spellings")
  class Spellings {

    @Test
    void offTrackIsFoundByItsConstantFirstThenItsEnglishWordsInEveryCommonCase() {
      assertThat(HealthTerms.all(Health.OFF_TRACK))
          .startsWith("OFF_TRACK", "off_track", "off track", "OFF TRACK", "Off track", "Off Track");
    }

    @Test
    void offTrackIsFoundByItsGermanAndItalianNamesInEveryCommonCase() {
      assertThat(HealthTerms.all(Health.OFF_TRACK))
          .contains(
              "gefährdet",
              "GEFÄHRDET",
              "Gefährdet",
              "gefaehrdet",
              "Gefaehrdet",
              "GEFAEHRDET",
              "fuori rotta",
              "FUORI ROTTA",
              "Fuori rotta",
              "Fuori Rotta");
    }

    @Test
    void aOneWordHealthHasNoDuplicateSpellings() {
      assertThat(HealthTerms.all(Health.WATCH))
          .containsExactly(
              "WATCH",
              "watch",
              "Watch",
              "unter beobachtung",
              "UNTER BEOBACHTUNG",
              "Unter beobachtung",
              "Unter Beobachtung",
              "da osservare",
              "DA OSSERVARE",
              "Da osservare",
              "Da Osservare");
    }

    @Test
    void theWordsAreTheConstantInLowerCaseWithSpaces() {
      assertThat(HealthTerms.words(Health.NOT_MEASURED)).isEqualTo("not measured");
      assertThat(HealthTerms.constant(Health.NOT_MEASURED)).isEqualTo("NOT_MEASURED");
    }

    @Test
    void noSpellingNamesTwoHealths() {
      Map<String, Health> owner = new HashMap<>();
      for (Health health : Health.values()) {
        for (String term : HealthTerms.all(health)) {
          assertThat(owner.put(term.toLowerCase(Locale.ROOT), health)).as(term).isIn(null, health);
        }
      }
    }

    @Test
    void cannotBeChanged() {
      Set<String> terms = HealthTerms.all(Health.BEHIND);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> terms.add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  @DisplayName("taken from the bundles")
  class FromTheBundles {

    @Test
    void readsTheEnglishGermanAndItalianBundles() {
      assertThat(HealthTerms.BUNDLES)
          .containsExactly(
              "i18n/account-goals.properties",
              "i18n/account-goals_de.properties",
              "i18n/account-goals_it.properties");
    }

    @Test
    void aBlankOrMissingNameAddsNothingAndAMissingBundleIsSkipped() {
      Map<Health, Set<String>> terms =
          HealthTerms.terms(
              List.of("health-terms/sparse.properties", "health-terms/no-such.properties"));

      assertThat(terms.get(Health.WATCH)).containsExactly("WATCH", "watch", "Watch");
      assertThat(terms.get(Health.BEHIND))
          .containsExactly(
              "BEHIND",
              "behind",
              "Behind",
              "hinten dran",
              "HINTEN DRAN",
              "Hinten dran",
              "Hinten Dran");
    }
  }

  @Nested
  @DisplayName("reading")
  class Reading {

    @ParameterizedTest
    @EnumSource(Health.class)
    void everySpellingReadsAsItsHealth(Health health) {
      for (String spelling : HealthTerms.all(health)) {
        assertThat(HealthTerms.parse(spelling)).contains(health);
      }
    }

    @ParameterizedTest
    @CsvSource({
      "im plan, ON_TRACK",
      "Unter Beobachtung, WATCH",
      "im verzug, BEHIND",
      "GEFÄHRDET, OFF_TRACK",
      "nicht gemessen, NOT_MEASURED",
      "in linea, ON_TRACK",
      "da osservare, WATCH",
      "In ritardo, BEHIND",
      "fuori rotta, OFF_TRACK",
      "non misurato, NOT_MEASURED",
      "gEfÄhRdEt, OFF_TRACK"
    })
    void germanAndItalianNamesReadAsTheirHealthInAnyCase(String typed, Health health) {
      assertThat(HealthTerms.parse(typed)).contains(health);
    }

    @Test
    void surroundingSpacesAreIgnored() {
      assertThat(HealthTerms.parse("  behind ")).contains(Health.BEHIND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "red", "offtrack", "on-track", "nicht im plan"})
    void anythingElseIsNoHealth(String text) {
      assertThat(HealthTerms.parse(text)).isEmpty();
    }

    @Test
    void nothingIsNoHealth() {
      assertThat(HealthTerms.parse(null)).isEmpty();
    }
  }
}
