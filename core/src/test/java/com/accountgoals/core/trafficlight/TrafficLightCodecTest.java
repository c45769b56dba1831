package com.accountgoals.core.trafficlight;

import static com.accountgoals.core.trafficlight.Colour.AMBER;
import static com.accountgoals.core.trafficlight.Colour.GREEN;
import static com.accountgoals.core.trafficlight.Colour.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficLightCodecTest {

  @Test
  void encodeWritesHeaderAndOneLinePerFactor() {
    TrafficLight light =
        TrafficLight.of(
            AMBER, List.of(Factor.of(GREEN, "Product approved"), Factor.of(RED, "Not listed")));

    assertThat(TrafficLightCodec.encode(light))
        .isEqualTo("TL1 AMBER\nG Product approved\nR Not listed");
  }

  @Test
  void encodeMarksADerivedColourWithADash() {
    TrafficLight light = TrafficLight.derivedFrom(List.of(Factor.of(RED, "Not listed")));

    assertThat(TrafficLightCodec.encode(light)).isEqualTo("TL1 -\nR Not listed");
  }

  @Test
  void decodeReadsWhatEncodeWrote() {
    TrafficLight light =
        TrafficLight.of(
            null,
            List.of(Factor.of(AMBER, "New finance director"), Factor.of(GREEN, "Strong sponsor")));

    assertThat(TrafficLightCodec.decode(TrafficLightCodec.encode(light))).isEqualTo(light);
  }

  @Test
  void decodeKeepsSpacesInsideFactorText() {
    assertThat(TrafficLightCodec.decode("TL1 -\nG a  b").factors().get(0).text()).isEqualTo("a  b");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RED | 1",
        "TL1 | 1",
        "TL1 red | 1",
        "TL2 RED | 1",
        "TL1 RED\\nX text | 2",
        "TL1 RED\\nG | 2",
        "TL1 RED\\nGtext | 2",
        "TL1 RED\\nG  padded | 2",
        "TL1 RED\\nG ok\\n | 3",
        "TL1 RED\\r\\nG ok | 1",
        "TL1 RED\\nG tab\\there | 2",
      })
  void decodeRefusesAnythingElseNamingTheLine(String stored, String line) {
    String text = stored.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");

    assertThatThrownBy(() -> TrafficLightCodec.decode(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("account-goals.trafficlight.error.stored-form");
              assertThat(e.arguments()).containsExactly(line);
            });
  }

  @Test
  void decodeRefusesAnEmptyString() {
    assertThatThrownBy(() -> TrafficLightCodec.decode(""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void decodeReadsFiftyFactorsTheMostALightMayHave() {
    String stored = "TL1 -" + "\nG ok".repeat(50);

    assertThat(TrafficLightCodec.decode(stored).factors()).hasSize(50);
  }

  @Test
  void decodeRefusesMoreThanFiftyFactorsNamingTheLimitAndTheCount() {
    String stored = "TL1 -" + "\nG ok".repeat(51);

    assertThatThrownBy(() -> TrafficLightCodec.decode(stored))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.arguments()).containsExactly("50", "51"));
  }

  @Test
  void decodeRefusesMoreThanFiftyFactors() {
    String stored = "TL1 -" + "\nG ok".repeat(51);

    assertThatThrownBy(() -> TrafficLightCodec.decode(stored))
        .hasFieldOrPropertyWithValue(
            "messageKey", "account-goals.trafficlight.error.too-many-factors");
  }

  @Test
  void decodeRefusesAFactorTextAboveTheLimit() {
    String stored = "TL1 -\nG " + "x".repeat(256);

    assertThatThrownBy(() -> TrafficLightCodec.decode(stored))
        .hasFieldOrPropertyWithValue("messageKey", "account-goals.trafficlight.error.stored-form");
  }
}
