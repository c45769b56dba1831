package com.accountgoals.core.trafficlight;

import static com.accountgoals.core.trafficlight.Colour.AMBER;
import static com.accountgoals.core.trafficlight.Colour.GREEN;
import static com.accountgoals.core.trafficlight.Colour.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficLightInputTest {

  @Test
  void buildsALightFromAChosenColourAndFactorRows() {
    TrafficLight light =
        TrafficLightInput.from(
            "amber", List.of("GREEN", "RED"), List.of(" Strong sponsor ", "Budget frozen"));

    assertThat(light)
        .isEqualTo(
            TrafficLight.of(
                AMBER,
                List.of(Factor.of(GREEN, "Strong sponsor"), Factor.of(RED, "Budget frozen"))));
  }

  @Test
  void derivesTheColourWhenNoneIsChosen() {
    TrafficLight light = TrafficLightInput.from("", List.of("RED"), List.of("Budget frozen"));

    assertThat(light.isOverallChosen()).isFalse();
    assertThat(light.overall()).contains(RED);
  }

  @Test
  void leavesOutRowsWithoutText() {
    TrafficLight light =
        TrafficLightInput.from(null, List.of("GREEN", "GREEN"), Arrays.asList("", null));

    assertThat(light.isEmpty()).isTrue();
  }

  @Test
  void namesTheRowOfAnUnknownColour() {
    assertThatThrownBy(
            () -> TrafficLightInput.from("", List.of("GREEN", "PURPLE"), List.of("a", "b")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.messageKey())
                  .isEqualTo("account-goals.trafficlight.error.unknown-colour.in-row");
              assertThat(e.arguments()).containsExactly("2", "PURPLE");
            });
  }

  @Test
  void namesTheRowOfATextThatIsTooLong() {
    assertThatThrownBy(() -> TrafficLightInput.from("", List.of("RED"), List.of("x".repeat(300))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.messageKey())
                  .isEqualTo("account-goals.trafficlight.error.factor-too-long.in-row");
              assertThat(e.arguments()).containsExactly("1", "255", "300");
            });
  }

  @Test
  void refusesAnUnknownOverallColour() {
    assertThatThrownBy(() -> TrafficLightInput.from("blue", List.of(), List.of()))
        .hasFieldOrPropertyWithValue(
            "messageKey", "account-goals.trafficlight.error.unknown-colour");
  }

  @Test
  void refusesRowsWhoseColourAndTextDoNotPair() {
    assertThatThrownBy(() -> TrafficLightInput.from("", List.of("RED"), List.of("a", "b")))
        .hasFieldOrPropertyWithValue(
            "messageKey", "account-goals.trafficlight.error.factor-rows-incomplete");
  }

  @Test
  void findsTheProblemOfEveryRowThatHasOneByItsNumber() {
    Map<Integer, InvalidValueException> problems =
        TrafficLightInput.problemsByRow(
            List.of("RED", "PURPLE", "GREEN", "AMBER"), List.of("fine", "b", "", "x".repeat(256)));

    assertThat(problems).containsOnlyKeys(2, 4);
    assertThat(problems.get(2).messageKey())
        .isEqualTo("account-goals.trafficlight.error.unknown-colour");
    assertThat(problems.get(4).messageKey())
        .isEqualTo("account-goals.trafficlight.error.factor-too-long");
    assertThat(problems.get(4).arguments()).containsExactly("255", "256");
  }

  @Test
  void leavesRowsWithoutAColourToTheCheckOfTheWholeList() {
    assertThat(TrafficLightInput.problemsByRow(List.of("RED"), Arrays.asList("ok", "New CFO")))
        .isEmpty();
  }

  @Test
  void checksEveryRowThatHasBothAColourAndAText() {
    assertThat(
            TrafficLightInput.problemsByRow(
                List.of("RED", "RED"), Arrays.asList("ok", "x".repeat(256))))
        .containsOnlyKeys(2);
  }

  @Test
  void findsNoProblemInGoodRows() {
    assertThat(TrafficLightInput.problemsByRow(List.of("RED"), List.of("Budget frozen"))).isEmpty();
  }
}
