package com.accountgoals.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.qbr.Shortlist;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Progress;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Predicates the board and its adapters branch on, each on its true and its false side. */
@DisplayName("Both sides of the predicates")
class BothSidesOfThePredicatesTest {

  @Nested
  @DisplayName("a quarter contains its days and no other")
  class QuarterContainment {

    private final Quarter fiscalQ1 =
        FiscalCalendar.startingIn(Month.APRIL).parse("2026-Q1"); // April to June 2026

    @Test
    void itsFirstAndLastDaysAreIn() {
      assertThat(fiscalQ1.contains(LocalDate.of(2026, 4, 1))).isTrue();
      assertThat(fiscalQ1.contains(LocalDate.of(2026, 6, 30))).isTrue();
    }

    @Test
    void theDaysAroundItAreNot() {
      assertThat(fiscalQ1.contains(LocalDate.of(2026, 3, 31))).isFalse();
      assertThat(fiscalQ1.contains(LocalDate.of(2026, 7, 1))).isFalse();
    }
  }

  @Nested
  @DisplayName("a standing is off track only when its health says so")
  class OffTrack {

    private Standing standing(Health health) {
      return new Standing(
          IssueKey.of("ACME-3"),
          "5 products in use by the end of next year",
          "products",
          MetricScale.WHOLE_NUMBERS,
          Direction.INCREASE,
          LocalDate.of(2026, 11, 18),
          null,
          null,
          health,
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }

    @Test
    void offTrackIsOffTrack() {
      assertThat(standing(Health.OFF_TRACK).isOffTrack()).isTrue();
    }

    @Test
    void behindIsNotOffTrack() {
      assertThat(standing(Health.BEHIND).isOffTrack()).isFalse();
      assertThat(standing(Health.BEHIND).wasReplanned()).isFalse();
    }
  }

  @Nested
  @DisplayName("progress is complete at 100 % and not a hair before")
  class Complete {

    @Test
    void aHundredPercentIsComplete() {
      assertThat(new Progress(100, 100).isComplete()).isTrue();
      assertThat(new Progress(100, 100).isOvershoot()).isFalse();
    }

    @Test
    void ninetyNinePointNineIsNot() {
      assertThat(new Progress(99.9, 99.9).isComplete()).isFalse();
    }

    @Test
    void beyondTheTargetIsAnOvershootAndBelowTheStartIsBackwards() {
      assertThat(new Progress(100, 112).isOvershoot()).isTrue();
      assertThat(new Progress(0, -3).isBackwards()).isTrue();
      assertThat(new Progress(0, 0).isBackwards()).isFalse();
    }
  }

  @Nested
  @DisplayName("a shortlist is truncated only when it shows fewer than it has")
  class Truncated {

    @Test
    void fewerShownThanTheTotalIsTruncated() {
      assertThat(new Shortlist<>(3, List.of("a", "b")).isTruncated()).isTrue();
    }

    @Test
    void allShownIsNot() {
      assertThat(new Shortlist<>(2, List.of("a", "b")).isTruncated()).isFalse();
      assertThat(new Shortlist<>(0, List.of()).isEmpty()).isTrue();
      assertThat(new Shortlist<>(2, List.of("a", "b")).isEmpty()).isFalse();
    }
  }
}
