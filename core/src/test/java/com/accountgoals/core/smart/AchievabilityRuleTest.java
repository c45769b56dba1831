package com.accountgoals.core.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The achievability rule")
class AchievabilityRuleTest {

  @Nested
  @DisplayName("accepts")
  class Accepts {

    @Test
    void aRuleOfOneAndAHalfTimesThePaceAfterHalfAMonth() {
      AchievabilityRule rule = new AchievabilityRule(1.5, 0.5);

      assertThat(rule.paceRatio()).isEqualTo(1.5);
      assertThat(rule.monthsOfHistory()).isEqualTo(0.5);
    }
  }

  @Nested
  @DisplayName("refuses")
  class Refuses {

    @Test
    void aRatioOfExactlyOneWhichWouldWarnAboutEveryGoalBehindItsLine() {
      assertThatThrownBy(() -> new AchievabilityRule(1, 1))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey())
                    .isEqualTo("account-goals.smart.error.achievability-rule");
                assertThat(e.arguments()).containsExactly("1.0", "1.0");
              });
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void aRatioThatIsNoNumber(double ratio) {
      assertThatThrownBy(() -> new AchievabilityRule(ratio, 1))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void noHistoryAtAllWhichWouldJudgeAPaceOnTheFirstDay() {
      assertThatThrownBy(() -> new AchievabilityRule(3, 0))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.arguments()).containsExactly("3.0", "0.0"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void aHistoryThatIsNoNumber(double months) {
      assertThatThrownBy(() -> new AchievabilityRule(3, months))
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
