package com.accountgoals.core.trafficlight;

import static com.accountgoals.core.trafficlight.Colour.AMBER;
import static com.accountgoals.core.trafficlight.Colour.GREEN;
import static com.accountgoals.core.trafficlight.Colour.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrafficLightTest {

  private static final Factor APPROVED = Factor.of(GREEN, "Product approved by IT");
  private static final Factor NEW_CFO = Factor.of(AMBER, "New finance director");
  private static final Factor NOT_LISTED = Factor.of(RED, "Not on the preferred-supplier list");

  @Nested
  @DisplayName("the overall colour")
  class Overall {

    @Test
    void isRedWhenAnyFactorIsRed() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(APPROVED, NOT_LISTED, NEW_CFO));

      assertThat(light.overall()).contains(RED);
      assertThat(light.isOverallChosen()).isFalse();
    }

    @Test
    void isAmberWhenNoFactorIsRedButOneIsAmber() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(APPROVED, NEW_CFO));

      assertThat(light.overall()).contains(AMBER);
    }

    @Test
    void isGreenWhenAllFactorsAreGreen() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(APPROVED));

      assertThat(light.overall()).contains(GREEN);
    }

    @Test
    void isWhatThePersonChoseEvenAgainstTheFactors() {
      TrafficLight light = TrafficLight.of(GREEN, List.of(NOT_LISTED));

      assertThat(light.overall()).contains(GREEN);
      assertThat(light.isOverallChosen()).isTrue();
      assertThat(light.is(GREEN)).isTrue();
      assertThat(light.is(RED)).isFalse();
    }

    @Test
    void isAbsentWithoutFactorsAndWithoutChoice() {
      TrafficLight light = TrafficLight.derivedFrom(List.of());

      assertThat(light.overall()).isEmpty();
      assertThat(light.isEmpty()).isTrue();
      assertThat(light).isEqualTo(TrafficLight.none());
    }
  }

  @Nested
  @DisplayName("a chosen colour against the factors")
  class Contradiction {

    @Test
    void isContradictedWhenTheTeamChoseGreenOverARedFactor() {
      TrafficLight light = TrafficLight.of(GREEN, List.of(APPROVED, NOT_LISTED));

      assertThat(light.isContradictedByFactors()).isTrue();
      assertThat(light.factorsColour()).contains(RED);
    }

    @Test
    void isContradictedWhenTheTeamChoseRedOverGreenFactorsOnly() {
      assertThat(TrafficLight.of(RED, List.of(APPROVED)).isContradictedByFactors()).isTrue();
    }

    @Test
    void isNotContradictedWhenTheChoiceIsWhatTheFactorsGive() {
      assertThat(TrafficLight.of(AMBER, List.of(APPROVED, NEW_CFO)).isContradictedByFactors())
          .isFalse();
    }

    @Test
    void isNotContradictedWithoutFactors() {
      TrafficLight light = TrafficLight.chosen(GREEN);

      assertThat(light.isContradictedByFactors()).isFalse();
      assertThat(light.factorsColour()).isEmpty();
    }

    @Test
    void isNotContradictedWhenTheColourIsDerived() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(NOT_LISTED));

      assertThat(light.isContradictedByFactors()).isFalse();
      assertThat(light.factorsColour()).contains(RED);
    }
  }

  @Nested
  @DisplayName("the factors")
  class Factors {

    @Test
    void keepTheOrderThePersonGaveThem() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(NEW_CFO, APPROVED, NOT_LISTED));

      assertThat(light.factors()).containsExactly(NEW_CFO, APPROVED, NOT_LISTED);
    }

    @Test
    void areGroupedRedFirstThenAmberThenGreen() {
      TrafficLight light = TrafficLight.derivedFrom(List.of(APPROVED, NEW_CFO, NOT_LISTED));

      assertThat(light.factorsByColour().keySet()).containsExactly(RED, AMBER, GREEN);
      assertThat(light.factorsByColour().get(RED)).containsExactly(NOT_LISTED);
      assertThat(light.factorsOf(GREEN)).containsExactly(APPROVED);
    }

    @Test
    void areLimitedToFifty() {
      List<Factor> fiftyOne = new ArrayList<>();
      for (int i = 0; i < 51; i++) {
        fiftyOne.add(Factor.of(GREEN, "factor " + i));
      }

      assertThatThrownBy(() -> TrafficLight.derivedFrom(fiftyOne))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey())
                    .isEqualTo("account-goals.trafficlight.error.too-many-factors");
                assertThat(e.arguments()).containsExactly("50", "51");
              });
    }

    @Test
    void cannotBeChangedThroughTheList() {
      List<Factor> factors = new ArrayList<>(List.of(APPROVED));
      TrafficLight light = TrafficLight.derivedFrom(factors);

      factors.add(NOT_LISTED);

      assertThat(light.factors()).containsExactly(APPROVED);
      assertThat(light.overall()).contains(GREEN);
    }
  }

  @Nested
  @DisplayName("equality")
  class Equality {

    private final TrafficLight light = TrafficLight.of(AMBER, List.of(NOT_LISTED, APPROVED));

    @Test
    void isEqualToALightWithTheSameChoiceAndFactorsInTheSameOrder() {
      TrafficLight same =
          TrafficLight.of(AMBER, List.of(Factor.of(RED, NOT_LISTED.text()), APPROVED));

      assertThat(light).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void isNotEqualWithAnotherChosenColour() {
      assertThat(light).isNotEqualTo(TrafficLight.of(GREEN, List.of(NOT_LISTED, APPROVED)));
    }

    @Test
    void isNotEqualToTheSameFactorsWithTheColourDerived() {
      // Derived, the overall colour is RED; chosen, it is AMBER: two different lights.
      assertThat(TrafficLight.of(RED, List.of(NOT_LISTED)))
          .isNotEqualTo(TrafficLight.derivedFrom(List.of(NOT_LISTED)));
    }

    @Test
    void isNotEqualWithOtherFactors() {
      assertThat(light).isNotEqualTo(TrafficLight.of(AMBER, List.of(NOT_LISTED, NEW_CFO)));
      assertThat(light).isNotEqualTo(TrafficLight.of(AMBER, List.of(NOT_LISTED)));
    }

    @Test
    void isNotEqualWithAFactorOfAnotherColour() {
      assertThat(light)
          .isNotEqualTo(
              TrafficLight.of(AMBER, List.of(NOT_LISTED, Factor.of(AMBER, APPROVED.text()))));
    }

    @Test
    void isNotEqualWithTheSameFactorsInAnotherOrder() {
      assertThat(light).isNotEqualTo(TrafficLight.of(AMBER, List.of(APPROVED, NOT_LISTED)));
    }

    @Test
    void isNotEqualToNoneNullOrAnotherType() {
      assertThat(light).isNotEqualTo(TrafficLight.none());
      assertThat(light.equals(null)).isFalse();
      assertThat(light.equals(AMBER)).isFalse();
      assertThat(light.equals(TrafficLightCodec.encode(light))).isFalse();
    }

    @Test
    void hashesDifferentlyWhenTheChoiceOrTheFactorsDiffer() {
      // Not required by the contract, but a constant hash would make every map of lights slow.
      assertThat(light.hashCode())
          .isNotEqualTo(TrafficLight.of(GREEN, List.of(NOT_LISTED, APPROVED)).hashCode())
          .isNotEqualTo(TrafficLight.of(AMBER, List.of(APPROVED, NOT_LISTED)).hashCode());
    }
  }

  @Nested
  @DisplayName("a factor")
  class OneFactor {

    @Test
    void isTrimmedWhenMadeFromUserText() {
      assertThat(Factor.of(RED, "  late payments  ").text()).isEqualTo("late payments");
    }

    @Test
    void mayHave255Characters() {
      assertThat(Factor.of(RED, "x".repeat(255)).text()).hasSize(255);
    }

    @Test
    void countsCharactersNotUtf16Units() {
      String emoji = "\uD83D\uDEA6"; // one vertical traffic light, two UTF-16 units

      assertThat(Factor.of(AMBER, emoji.repeat(255)).text()).hasSize(510);
    }

    @Test
    void isRefusedAbove255Characters() {
      assertThatThrownBy(() -> Factor.of(RED, "x".repeat(256)))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey())
                    .isEqualTo("account-goals.trafficlight.error.factor-too-long");
                assertThat(e.arguments()).containsExactly("255", "256");
              });
    }

    @Test
    void isRefusedWhenBlank() {
      assertThatThrownBy(() -> Factor.of(RED, "   "))
          .hasFieldOrPropertyWithValue(
              "messageKey", "account-goals.trafficlight.error.factor-blank");
    }

    @Test
    void isRefusedWithALineBreak() {
      assertThatThrownBy(() -> Factor.of(RED, "first\nsecond"))
          .hasFieldOrPropertyWithValue(
              "messageKey", "account-goals.trafficlight.error.factor-control-character");
    }
  }
}
