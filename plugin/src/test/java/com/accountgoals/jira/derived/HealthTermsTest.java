package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.trajectory.Health;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("How a health is written in JQL and in the index")
class HealthTermsTest {

  @Nested
  @DisplayName("spellings")
  class Spellings {

    @Test
    void offTrackIsFoundByItsWordsAndItsConstantInEveryCommonCase() {
      assertThat(HealthTerms.all(Health.OFF_TRACK))
          .containsExactly(
              "OFF_TRACK", "off_track", "off track", "OFF TRACK", "Off track", "Off Track");
    }

    @Test
    void aOneWordHealthHasNoDuplicateSpellings() {
      assertThat(HealthTerms.all(Health.WATCH)).containsExactly("WATCH", "watch", "Watch");
    }

    @Test
    void theWordsAreTheConstantInLowerCaseWithSpaces() {
      assertThat(HealthTerms.words(Health.NOT_MEASURED)).isEqualTo("not measured");
      assertThat(HealthTerms.constant(Health.NOT_MEASURED)).isEqualTo("NOT_MEASURED");
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

    @Test
    void surroundingSpacesAreIgnored() {
      assertThat(HealthTerms.parse("  behind ")).contains(Health.BEHIND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "red", "offtrack", "on-track"})
    void anythingElseIsNoHealth(String text) {
      assertThat(HealthTerms.parse(text)).isEmpty();
    }

    @Test
    void nothingIsNoHealth() {
      assertThat(HealthTerms.parse(null)).isEmpty();
    }
  }
}
