package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The board's counts")
class CountsTest {

  @Nested
  @DisplayName("a quarter's goals by outcome")
  class Outcomes {

    /**
     * 1 met on time, 2 late, 3 done, 4 missed, 5 not measured, 6 dropped, 7 overdue, 8 upcoming.
     */
    private final OutcomeCounts quarter = new OutcomeCounts(1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void metCountsOnTimeAndLate() {
      assertThat(quarter.met()).isEqualTo(3);
    }

    @Test
    void openCountsOverdueAndUpcoming() {
      assertThat(quarter.open()).isEqualTo(15);
    }

    @Test
    void theTotalCountsEveryOutcomeOnce() {
      assertThat(quarter.total()).isEqualTo(36);
    }
  }

  @Nested
  @DisplayName("the open business goals by health")
  class Healths {

    @Test
    void theTotalCountsEveryHealthOnce() {
      assertThat(new HealthCounts(1, 2, 3, 4, 5).total()).isEqualTo(15);
    }

    @Test
    void threeOfFourOnTrackIsSeventyFivePercent() {
      assertThat(new HealthCounts(3, 1, 0, 0, 0).percentOnTrack()).isEqualTo(75.0);
    }

    @Test
    void withoutBusinessGoalsNoneIsOnTrack() {
      assertThat(new HealthCounts(0, 0, 0, 0, 0).percentOnTrack()).isZero();
    }
  }

  @Test
  void aListLimitAboveAThousandIsRejectedWithTheListLimitMessage() {
    assertThatThrownBy(() -> BoardSettings.DEFAULT.withListLimit(1001))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.qbr.error.list-limit");
  }
}
