package com.accountgoals.core.goal;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A metric")
class MetricTest {

  @Nested
  @DisplayName("direction")
  class DirectionOfAMetric {

    @Test
    void whatTheTeamChoseWinsOverTheSuggestion() {
      Metric churn =
          aBusinessGoal()
              .direction(Direction.KEEP_AT_MOST)
              .baseline(10, LocalDate.of(2026, 1, 1))
              .target(10)
              .build()
              .metric();

      assertThat(churn.direction()).isEqualTo(Direction.KEEP_AT_MOST);
    }

    @Test
    void withoutAChoiceTheBaselineAndTargetSuggestOne() {
      Metric dso =
          aBusinessGoal()
              .noDirection()
              .baseline(60, LocalDate.of(2026, 1, 1))
              .target(45)
              .build()
              .metric();

      assertThat(dso.hasChosenDirection()).isFalse();
      assertThat(dso.direction()).isEqualTo(Direction.DECREASE);
    }

    @Test
    void aCumulativeMetricStartsFromZero() {
      Metric sales = aBusinessGoal().cumulative().noDirection().target(250_000).build().metric();

      assertThat(sales.startValue()).isZero();
      assertThat(sales.direction()).isEqualTo(Direction.INCREASE);
    }
  }

  @Nested
  @DisplayName("target history")
  class TargetHistory {

    private final Metric raised =
        aBusinessGoal()
            .target(125)
            .targetChanged(LocalDate.of(2026, 7, 1), 140, "marco.rossi", "New plant opened")
            .targetChanged(LocalDate.of(2026, 10, 1), 150, "anna.berger", "Second plant")
            .build()
            .metric();

    @Test
    void aReadingIsJudgedAgainstTheTargetValidOnItsDay() {
      assertThat(raised.targetOn(LocalDate.of(2026, 6, 30))).isEqualTo(125);
      assertThat(raised.targetOn(LocalDate.of(2026, 7, 1))).isEqualTo(140);
      assertThat(raised.targetOn(LocalDate.of(2026, 12, 1))).isEqualTo(150);
    }

    @Test
    void theOriginalTargetStaysKnown() {
      assertThat(raised.originalTarget()).isEqualTo(125);
      assertThat(raised.wasReplanned()).isTrue();
    }

    @Test
    void eachChangeKeepsWhoAndWhy() {
      assertThat(raised.targetChanges())
          .extracting(TargetChange::author, TargetChange::reason)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("marco.rossi", "New plant opened"),
              org.assertj.core.groups.Tuple.tuple("anna.berger", "Second plant"));
    }

    @Test
    void changesAreKeptInDayOrderWhateverOrderTheyCameIn() {
      Metric metric =
          new Metric(
              "units",
              Direction.INCREASE,
              MetricKind.LEVEL,
              MetricScale.CONTINUOUS,
              null,
              150.0,
              List.of(
                  new TargetChange(LocalDate.of(2026, 10, 1), 140, 150, null, null),
                  new TargetChange(LocalDate.of(2026, 7, 1), 125, 140, null, null)),
              Readings.none(),
              null);

      assertThat(metric.originalTarget()).isEqualTo(125);
    }

    @Test
    void aReasonIsValidatedAsASummaryIs() {
      assertThatThrownBy(
              () -> new TargetChange(LocalDate.of(2026, 7, 1), 1, 2, null, "line\nbreak"))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).messageKey())
          .isEqualTo("account-goals.goal.error.text-control-character");
    }
  }

  @Test
  void aMetricWithoutAUnitIsNotComplete() {
    assertThat(aBusinessGoal().unit(null).build().metric().isComplete()).isFalse();
  }

  @Test
  void aMetricWithUnitBaselineAndTargetIsNotEmpty() {
    assertThat(aBusinessGoal().build().metric().isEmpty()).isFalse();
  }

  @Test
  void aToleranceThatIsZeroOnTrackIsAccepted() {
    // A floor or ceiling: on track only on the right side, watch within 2 points of it
    assertThat(UnitTolerance.of(2).onTrackWithin()).isZero();
  }

  @Test
  void aToleranceOfAQuadrillionIsTheLargestAccepted() {
    assertThat(UnitTolerance.of(Values.MAX_MAGNITUDE).offTrackBeyond()).isEqualTo(1e15);
  }

  @Test
  void aToleranceWithBothBoundsEqualIsAccepted() {
    UnitTolerance tolerance = new UnitTolerance(2, 2);

    assertThat(tolerance.offTrackBeyond()).isEqualTo(tolerance.onTrackWithin());
  }

  @Test
  void aTargetOutOfRangeIsRefused() {
    assertThatThrownBy(() -> aBusinessGoal().target(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aToleranceWithTheOffTrackBoundBelowTheOnTrackOneIsRefused() {
    assertThatThrownBy(() -> new UnitTolerance(5, 2))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.goal.error.tolerance");
  }
}
