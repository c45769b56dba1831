package com.accountgoals.core.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColourTest {

  @ParameterizedTest
  @ValueSource(strings = {"RED", "red", "Red", " red "})
  void parseReadsANameInAnyCase(String name) {
    assertThat(Colour.parse(name)).isEqualTo(Colour.RED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ROT", "R", "yellow"})
  void parseRefusesWhatIsNotAColourName(String name) {
    assertThatThrownBy(() -> Colour.parse(name))
        .hasFieldOrPropertyWithValue(
            "messageKey", "account-goals.trafficlight.error.unknown-colour");
  }

  @Test
  void redIsWorseThanAmberWhichIsWorseThanGreen() {
    assertThat(Colour.RED.isWorseThan(Colour.AMBER)).isTrue();
    assertThat(Colour.AMBER.isWorseThan(Colour.GREEN)).isTrue();
    assertThat(Colour.GREEN.isWorseThan(Colour.GREEN)).isFalse();
  }
}
