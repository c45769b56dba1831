package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Direction is part of the goal")
class DirectionTest {

  @Nested
  @DisplayName("the suggestion, only a default")
  class Suggestion {

    @Test
    void aTargetAboveTheBaselineSuggestsIncrease() {
      assertThat(Direction.suggestedFor(400, 500)).isEqualTo(Direction.INCREASE);
    }

    @Test
    void aTargetBelowTheBaselineSuggestsDecrease() {
      assertThat(Direction.suggestedFor(60, 45)).isEqualTo(Direction.DECREASE);
    }

    @Test
    void aTargetEqualToTheBaselineSuggestsAFloor() {
      assertThat(Direction.suggestedFor(90, 90)).isEqualTo(Direction.KEEP_AT_LEAST);
    }
  }

  @Nested
  @DisplayName("reading a value against a target")
  class Reaching {

    @Test
    void aCeilingIsReachedAtOrBelowIt() {
      assertThat(Direction.KEEP_AT_MOST.reaches(10, 10)).isTrue();
      assertThat(Direction.KEEP_AT_MOST.reaches(5, 10)).isTrue();
      assertThat(Direction.KEEP_AT_MOST.reaches(25, 10)).isFalse();
    }

    @Test
    void aFloorIsReachedAtOrAboveIt() {
      assertThat(Direction.KEEP_AT_LEAST.reaches(0.95, 0.9)).isTrue();
      assertThat(Direction.KEEP_AT_LEAST.reaches(0.85, 0.9)).isFalse();
    }

    @Test
    void gainIsPositiveWhenBetterInEveryDirection() {
      assertThat(Direction.DECREASE.gain(60, 55)).isEqualTo(5);
      assertThat(Direction.KEEP_AT_MOST.gain(10, 12)).isEqualTo(-2);
      assertThat(Direction.INCREASE.gain(100, 110)).isEqualTo(10);
    }

    @Test
    void betterNeedsMoreThanTheTolerance() {
      assertThat(Direction.INCREASE.isBetter(0.3, 0.1 + 0.2)).isFalse();
      assertThat(Direction.DECREASE.isBetter(50, 48)).isTrue();
    }
  }

  @Nested
  @DisplayName("contradiction with the goal's own numbers")
  class Contradiction {

    @Test
    void anIncreaseFrom31To30Contradicts() {
      assertThat(Direction.INCREASE.contradicts(31, 30)).isTrue();
    }

    @Test
    void anIncreaseToTheSameValueContradicts() {
      assertThat(Direction.INCREASE.contradicts(30, 30)).isTrue();
    }

    @Test
    void aDecreaseFrom60To45DoesNot() {
      assertThat(Direction.DECREASE.contradicts(60, 45)).isFalse();
    }

    @Test
    void aFloorBelowTodaysLevelNeverContradicts() {
      assertThat(Direction.KEEP_AT_LEAST.contradicts(1.2, 0.9)).isFalse();
      assertThat(Direction.KEEP_AT_MOST.contradicts(0, 10)).isFalse();
    }
  }

  @Test
  void onlyFloorsAndCeilingsAreKeepGoals() {
    assertThat(Direction.KEEP_AT_LEAST.isKeep()).isTrue();
    assertThat(Direction.KEEP_AT_MOST.isKeep()).isTrue();
    assertThat(Direction.INCREASE.isKeep()).isFalse();
    assertThat(Direction.DECREASE.isKeep()).isFalse();
  }
}
