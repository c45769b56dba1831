package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The caller's language")
class LanguageTest {

  @Test
  void isTheLangParameterWhenItNamesALanguageTheAppSpeaks() {
    assertThat(Language.of("de", "it")).isEqualTo(Language.GERMAN);
    assertThat(Language.of(" IT ", null)).isEqualTo(Language.ITALIAN);
  }

  @Test
  void isTheBestOfAcceptLanguageWhenTheParameterIsMissingOrUnknown() {
    assertThat(Language.of(null, "fr-FR,fr;q=0.9,it;q=0.8,de;q=0.7")).isEqualTo(Language.ITALIAN);
    assertThat(Language.of("fr", "de-AT")).isEqualTo(Language.GERMAN);
  }

  @Test
  void isEnglishWhenNothingMatchesOrTheHeaderIsMalformed() {
    assertThat(Language.of(null, null)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of("", " ")).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(null, "fr, es")).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(null, ";;q=x")).isEqualTo(Language.ENGLISH);
  }

  @Test
  void hasTheBundlesCodesAndLocales() {
    assertThat(Language.GERMAN.code()).isEqualTo("de");
    assertThat(Language.ITALIAN.locale().getLanguage()).isEqualTo("it");
    assertThat(Language.ofCode("xx")).isEmpty();
  }
}
