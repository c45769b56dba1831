package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The preview frame's own texts")
class PreviewTextsTest {

  @Test
  void carryTheSameKeysInEnglishGermanAndItalian() {
    var english = PreviewTexts.load(Language.ENGLISH).stringPropertyNames();

    assertThat(PreviewTexts.load(Language.GERMAN).stringPropertyNames()).isEqualTo(english);
    assertThat(PreviewTexts.load(Language.ITALIAN).stringPropertyNames()).isEqualTo(english);
  }

  @Test
  void fillInArgumentsInTheLanguagesWay() {
    PreviewTexts texts = new PreviewTexts();

    assertThat(texts.text(Language.GERMAN, "preview.account.day", "16. November 2026"))
        .isEqualTo("Stand: 16. November 2026 (f\u00fcr die Vorschau ist das heute)");
  }

  @Test
  void keepTheApostropheOfATextWithArguments() {
    assertThat(new PreviewTexts().text(Language.ITALIAN, "preview.account.day", "16 novembre 2026"))
        .isEqualTo("Al 16 novembre 2026 (per l'anteprima \u00e8 oggi)");
  }

  @Test
  void refuseAKeyTheyDoNotHave() {
    assertThatThrownBy(() -> new PreviewTexts().text(Language.ENGLISH, "preview.nothing"))
        .hasMessage("no preview text preview.nothing");
  }
}
