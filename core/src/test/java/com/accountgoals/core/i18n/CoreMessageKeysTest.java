package com.accountgoals.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.smart.SmartCriterion;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.core.trafficlight.TrafficLightInput;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.validation.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoreMessageKeysTest {

  private static final List<String> ALL = CoreMessageKeys.all();

  @Nested
  @DisplayName("the list of every key")
  class TheList {

    @Test
    void holdsOnlyKeysWithThePluginsPrefixInLowerCaseWithDotsAndHyphens() {
      assertThat(ALL).allMatch(key -> key.matches("account-goals(\\.[a-z]+(-[a-z]+)*)+"));
    }

    @Test
    void isSortedAndWithoutDuplicates() {
      assertThat(ALL).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void holdsTheLabelsOfEveryHealthOutcomeCriterionAndAlignmentProblem() {
      assertThat(ALL)
          .contains(Arrays.stream(Health.values()).map(Health::messageKey).toArray(String[]::new))
          .contains(Arrays.stream(Outcome.values()).map(Outcome::messageKey).toArray(String[]::new))
          .contains(
              Arrays.stream(SmartCriterion.values())
                  .map(SmartCriterion::messageKey)
                  .toArray(String[]::new))
          .contains(
              Arrays.stream(AlignmentProblem.values())
                  .map(AlignmentProblem::messageKey)
                  .toArray(String[]::new));
    }
  }

  @Nested
  @DisplayName("errors raised by core")
  class RaisedErrors {

    @Test
    void carryAKeyFromTheListForABadQuarter() {
      assertDeclared(() -> FiscalCalendar.CALENDAR_YEAR.parse("next quarter"));
    }

    @Test
    void carryAKeyFromTheListForABrokenStoredTrafficLight() {
      assertDeclared(() -> TrafficLightCodec.decode("nonsense"));
    }

    @Test
    void carryAKeyFromTheListForAnUnknownColourInARowOfTheEditForm() {
      assertDeclared(() -> TrafficLightInput.from("", List.of("PURPLE"), List.of("factor")));
    }

    @Test
    void carryAKeyFromTheListForATooLongFactorInARowOfTheEditForm() {
      assertDeclared(() -> TrafficLightInput.from("", List.of("RED"), List.of("x".repeat(256))));
    }

    @Test
    void carryAKeyFromTheListForAControlCharacterInARowOfTheEditForm() {
      assertDeclared(() -> TrafficLightInput.from("", List.of("RED"), List.of("a\u0007b")));
    }

    @Test
    void carryAKeyFromTheListForIncompleteFactorRows() {
      assertDeclared(() -> TrafficLightInput.from("", List.of("RED"), List.of()));
    }

    private void assertDeclared(ThrowingCallable call) {
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, call);

      assertThat(thrown).isNotNull();
      assertThat(ALL).contains(thrown.messageKey());
    }
  }
}
