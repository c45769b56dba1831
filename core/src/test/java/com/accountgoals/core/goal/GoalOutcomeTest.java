package com.accountgoals.core.goal;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Done, missed and dropped are different")
class GoalOutcomeTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
  private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

  /** "Win the framework contract for the Bremen plant": 0 to 1 contract by the end of 2026. */
  private static GoalBuilder contract() {
    return aBusinessGoal()
        .summary("Win the framework contract for the Bremen plant")
        .unit("contracts")
        .wholeNumbers()
        .baseline(0, LocalDate.of(2026, 3, 1))
        .target(1)
        .due(DUE);
  }

  @Nested
  @DisplayName("increase and decrease goals")
  class IncreaseAndDecrease {

    @Test
    void isMetByTheFirstReadingThatReachesTheTargetEvenBeforeItIsClosed() {
      Verdict verdict = contract().reading(1, LocalDate.of(2026, 10, 14)).build().verdictOn(JAN_15);

      assertThat(verdict).isEqualTo(new Verdict(Outcome.MET_ON_TIME, LocalDate.of(2026, 10, 14)));
    }

    @Test
    void isMetByAReadingDatedTheDayOfTheBoard() {
      LocalDate signed = LocalDate.of(2026, 10, 14);

      Verdict verdict = contract().reading(1, signed).build().verdictOn(signed);

      assertThat(verdict).isEqualTo(new Verdict(Outcome.MET_ON_TIME, signed));
    }

    @Test
    void aReadingOnTheDueDateMeetsItOnTime() {
      Verdict verdict = contract().reading(1, DUE).build().verdictOn(JAN_15);

      assertThat(verdict).isEqualTo(new Verdict(Outcome.MET_ON_TIME, DUE));
    }

    @Test
    void aReadingAfterTheDueDateMeetsItLate() {
      Verdict verdict = contract().reading(1, LocalDate.of(2027, 1, 10)).build().verdictOn(JAN_15);

      assertThat(verdict.outcome()).isEqualTo(Outcome.MET_LATE);
    }

    @Test
    void closedShortOfTheTargetIsMissed() {
      Goal goal = contract().reading(0, LocalDate.of(2026, 12, 1)).done().build();

      assertThat(goal.outcomeOn(JAN_15)).isEqualTo(Outcome.MISSED);
    }

    @Test
    void closedWithoutAnyReadingIsClosedNotMeasured() {
      assertThat(contract().done().build().outcomeOn(JAN_15))
          .isEqualTo(Outcome.CLOSED_NOT_MEASURED);
    }

    @Test
    void closedAsWontDoIsDroppedEvenWithTheTargetReached() {
      Goal goal = contract().reading(1, LocalDate.of(2026, 10, 14)).dropped().build();

      assertThat(goal.verdictOn(JAN_15)).isEqualTo(new Verdict(Outcome.DROPPED, null));
      assertThat(goal.verdictOn(JAN_15).isMet()).isFalse();
    }

    @Test
    void openPastItsDueDateIsOverdue() {
      assertThat(contract().build().outcomeOn(JAN_15)).isEqualTo(Outcome.OVERDUE);
    }

    @Test
    void openBeforeItsDueDateIsUpcoming() {
      assertThat(contract().build().outcomeOn(LocalDate.of(2026, 11, 18)))
          .isEqualTo(Outcome.UPCOMING);
    }

    @Test
    void aReadingIsJudgedAgainstTheTargetValidOnItsDay() {
      Goal raised =
          aBusinessGoal()
              .baseline(100, LocalDate.of(2026, 1, 1))
              .target(125)
              .reading(120, LocalDate.of(2026, 6, 30))
              .targetChanged(LocalDate.of(2026, 7, 1), 110, "anna.berger", "Plant closed")
              .reading(112, LocalDate.of(2026, 8, 31))
              .build();

      assertThat(raised.verdictOn(LocalDate.of(2026, 9, 1)).metOn())
          .isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void pointOnePlusPointTwoOfPointThreeIsMet() {
      Goal share =
          aBusinessGoal()
              .unit("share")
              .baseline(0, LocalDate.of(2026, 1, 1))
              .target(0.3)
              .reading(0.1 + 0.2, LocalDate.of(2026, 10, 1))
              .build();

      assertThat(share.outcomeOn(JAN_15).isMet()).isTrue();
    }
  }

  @Nested
  @DisplayName("keep goals are met only at their due date")
  class KeepGoals {

    private GoalBuilder churn() {
      return aBusinessGoal()
          .summary("Keep churn at 10 % or below this year")
          .unit("%")
          .direction(Direction.KEEP_AT_MOST)
          .baseline(9, LocalDate.of(2026, 1, 1))
          .target(10)
          .due(DUE);
    }

    @Test
    void onTheRightSideBeforeTheDueDateIsNotYetMet() {
      Goal goal = churn().reading(8, LocalDate.of(2026, 10, 31)).build();

      assertThat(goal.outcomeOn(LocalDate.of(2026, 11, 18))).isEqualTo(Outcome.UPCOMING);
    }

    @Test
    void onTheRightSideAtTheDueDateIsMet() {
      Goal goal = churn().reading(8, LocalDate.of(2026, 12, 20)).build();

      assertThat(goal.verdictOn(JAN_15)).isEqualTo(new Verdict(Outcome.MET_ON_TIME, DUE));
    }

    @Test
    void onTheWrongSideAtTheDueDateIsNotMet() {
      Goal goal = churn().reading(25, LocalDate.of(2026, 12, 20)).done().build();

      assertThat(goal.outcomeOn(JAN_15)).isEqualTo(Outcome.MISSED);
    }

    @Test
    void aValueRecordedAfterTheDueDateDoesNotRescueIt() {
      Goal goal =
          churn()
              .reading(25, LocalDate.of(2026, 12, 20))
              .reading(8, LocalDate.of(2027, 1, 10))
              .build();

      assertThat(goal.outcomeOn(JAN_15)).isEqualTo(Outcome.OVERDUE);
    }
  }

  @Test
  void aRelationshipGoalClosedAsDoneIsDoneNeverMet() {
    assertThat(aRelationshipGoal().done().build().outcomeOn(JAN_15)).isEqualTo(Outcome.DONE);
  }

  @Nested
  @DisplayName("a milestone is read on its business goal's metric")
  class Milestones {

    private final Goal products =
        aBusinessGoal()
            .key("ACME-3")
            .summary("5 products in use by the end of next year")
            .unit("products")
            .wholeNumbers()
            .baseline(2, LocalDate.of(2026, 6, 1))
            .target(5)
            .due(LocalDate.of(2027, 12, 31))
            .reading(3, LocalDate.of(2026, 10, 20))
            .build();

    private final Goal threeByOctober =
        aMilestone()
            .key("ACME-4")
            .supports("ACME-3")
            .target(3)
            .due(LocalDate.of(2026, 10, 31))
            .build();

    @Test
    void reachedOnOrBeforeItsDateIsMetOnTime() {
      assertThat(threeByOctober.verdictAsMilestoneOf(products, LocalDate.of(2026, 11, 18)))
          .isEqualTo(new Verdict(Outcome.MET_ON_TIME, LocalDate.of(2026, 10, 20)));
    }

    @Test
    void reachedAfterItsDateIsMetLate() {
      Goal septemberMilestone =
          aMilestone().supports("ACME-3").target(3).due(LocalDate.of(2026, 9, 30)).build();

      assertThat(septemberMilestone.outcomeOn(LocalDate.of(2026, 11, 18)))
          .isNotEqualTo(Outcome.MET_LATE); // read alone it has no readings
      assertThat(
              septemberMilestone
                  .verdictAsMilestoneOf(products, LocalDate.of(2026, 11, 18))
                  .outcome())
          .isEqualTo(Outcome.MET_LATE);
    }

    @Test
    void passedAndNotReachedWhileTheGoalIsOpenIsOverdue() {
      Goal fourByOctober =
          aMilestone().supports("ACME-3").target(4).due(LocalDate.of(2026, 10, 31)).build();

      assertThat(fourByOctober.verdictAsMilestoneOf(products, LocalDate.of(2026, 11, 18)).outcome())
          .isEqualTo(Outcome.OVERDUE);
    }

    @Test
    void notReachedWhenTheGoalClosedIsMissed() {
      Goal fourByOctober =
          aMilestone().supports("ACME-3").target(4).due(LocalDate.of(2026, 10, 31)).build();
      Goal closed =
          aBusinessGoal()
              .key("ACME-3")
              .unit("products")
              .baseline(2, LocalDate.of(2026, 6, 1))
              .target(5)
              .reading(3, LocalDate.of(2026, 10, 20))
              .done()
              .build();

      assertThat(fourByOctober.verdictAsMilestoneOf(closed, LocalDate.of(2026, 11, 18)).outcome())
          .isEqualTo(Outcome.MISSED);
    }

    @Test
    void theMilestonesOwnReadingWinsWhenItHasOne() {
      Goal withOwn =
          aMilestone()
              .supports("ACME-3")
              .target(3)
              .due(LocalDate.of(2026, 10, 31))
              .reading(2, LocalDate.of(2026, 10, 31))
              .build();

      assertThat(withOwn.verdictAsMilestoneOf(products, LocalDate.of(2026, 11, 18)).outcome())
          .isEqualTo(Outcome.OVERDUE);
    }
  }

  @Property
  void aDroppedGoalIsNeverCountedAsMet(
      @ForAll @IntRange(min = 0, max = 3) int reached,
      @ForAll @IntRange(min = 0, max = 800) int day) {
    Goal goal =
        contract().reading(reached, LocalDate.of(2026, 4, 1).plusDays(day % 300)).dropped().build();

    Verdict verdict = goal.verdictOn(LocalDate.of(2026, 4, 1).plusDays(day));

    assertThat(verdict.isMet()).isFalse();
    assertThat(verdict.outcome()).isEqualTo(Outcome.DROPPED);
  }
}
