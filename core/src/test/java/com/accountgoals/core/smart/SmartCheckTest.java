package com.accountgoals.core.smart;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SmartCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
  private static final SmartCheck CHECK = SmartCheck.withDefaults();

  private static Map<IssueKey, Goal> account(Goal... goals) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    byKey.put(IssueKey.of("ACME-1"), aVision().build());
    for (Goal goal : goals) {
      byKey.put(goal.key(), goal);
    }
    return byKey;
  }

  private static SmartAssessment assess(Goal goal) {
    return CHECK.assess(goal, account(goal), TODAY);
  }

  @Test
  void aWellFormedBusinessGoalIsSmart() {
    SmartAssessment assessment = assess(aBusinessGoal().actual(112).build());

    assertThat(assessment.isSmart()).isTrue();
    assertThat(assessment.checked()).isTrue();
  }

  @Test
  void visionsAndRelationshipGoalsAreNotChecked() {
    assertThat(assess(aVision().build()).checked()).isFalse();
    assertThat(assess(aRelationshipGoal().build()).isSmart()).isTrue();
  }

  @Nested
  @DisplayName("specific")
  class Specific {

    @Test
    void failsForASummaryOfTwoWordsLikeIncreaseSales() {
      SmartAssessment assessment = assess(aBusinessGoal().summary("Increase sales").build());

      assertThat(assessment.holds(SmartCriterion.SPECIFIC)).isFalse();
      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey()).isEqualTo("account-goals.smart.specific.summary-vague");
                assertThat(f.arguments()).containsExactly("2", "3");
              });
    }

    @Test
    void failsWithoutATargetBecauseTheSizeIsMissing() {
      SmartAssessment assessment = assess(aBusinessGoal().noTarget().build());

      assertThat(assessment.findings())
          .extracting(SmartFinding::messageKey)
          .contains("account-goals.smart.specific.no-size");
    }
  }

  @Nested
  @DisplayName("measurable")
  class Measurable {

    @Test
    void failsWithoutUnitBaselineAndTargetNamingEach() {
      SmartAssessment assessment = assess(aBusinessGoal().noMetric().build());

      assertThat(assessment.holds(SmartCriterion.MEASURABLE)).isFalse();
      assertThat(assessment.findings())
          .filteredOn(f -> f.criterion() == SmartCriterion.MEASURABLE)
          .extracting(SmartFinding::messageKey)
          .containsExactly(
              "account-goals.smart.measurable.no-unit",
              "account-goals.smart.measurable.no-baseline",
              "account-goals.smart.measurable.no-target");
    }

    @Test
    void holdsForAMilestoneWithoutItsOwnBaseline() {
      Goal business = aBusinessGoal().build();
      Goal milestone = aMilestone().noBaseline().build();

      SmartAssessment assessment = CHECK.assess(milestone, account(business, milestone), TODAY);

      assertThat(assessment.holds(SmartCriterion.MEASURABLE)).isTrue();
    }
  }

  @Nested
  @DisplayName("achievable")
  class Achievable {

    @Test
    void warnsWhenTheNeededPaceIsFarAboveThePaceSoFar() {
      // 12 up in 181 days (5.95 months): 2.02 a month. 88 to go in 183 days (6.01 months):
      // 14.64 a month, more than three times as fast.
      Goal goal =
          aBusinessGoal()
              .baseline(100, LocalDate.of(2026, 1, 1))
              .target(200)
              .due(LocalDate.of(2026, 12, 31))
              .actual(112)
              .build();

      SmartAssessment assessment = assess(goal);

      assertThat(assessment.holds(SmartCriterion.ACHIEVABLE)).isFalse();
      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.achievable.pace-far-above-history");
                assertThat(f.arguments()).containsExactly("14.64", "2.02", "units", "3");
              });
    }

    @Test
    void acceptsANeededPaceUpToThreeTimesThePaceSoFar() {
      // 100 to 112 in half a year; 125 needs 13 more, about the same pace
      Goal goal = aBusinessGoal().actual(112).build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void warnsWhenNothingMovedAfterAMonthOfHistory() {
      Goal goal = aBusinessGoal().actual(100).build();

      assertThat(assess(goal).findings())
          .extracting(SmartFinding::messageKey)
          .containsExactly("account-goals.smart.achievable.no-progress-yet");
    }

    @Test
    void namesThePacesInTheFindingWithTheMonthsSoFar() {
      Goal goal = aBusinessGoal().actual(100).build();

      // 125 - 100 = 25 units in 183 days (6.01 months); 181 days (5.95 months) since the baseline
      assertThat(assess(goal).findings())
          .singleElement()
          .extracting(SmartFinding::arguments)
          .isEqualTo(List.of("4.16", "units", "5.95"));
    }

    @Test
    void saysNothingBeforeAMonthOfHistory() {
      Goal goal = aBusinessGoal().baseline(100, TODAY.minusDays(10)).actual(100).build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void judgesALessIsBetterGoalInItsOwnDirection() {
      // days to pay 60 to 45 in a year: down 1 day in six months, 14 more in six months
      Goal goal =
          aBusinessGoal()
              .unit("days")
              .baseline(60, LocalDate.of(2026, 1, 1))
              .target(45)
              .due(LocalDate.of(2026, 12, 31))
              .actual(59)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isFalse();
    }

    @Test
    void ruleIsRefusedWhenItWouldWarnAboutEveryGoal() {
      assertThatThrownBy(() -> new AchievabilityRule(0.5, 1))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e ->
                  assertThat(e.messageKey())
                      .isEqualTo("account-goals.smart.error.achievability-rule"));
    }
  }

  @Nested
  @DisplayName("relevant")
  class Relevant {

    @Test
    void failsWhenTheGoalSupportsNothing() {
      SmartAssessment assessment = assess(aBusinessGoal().supportsNothing().build());

      assertThat(assessment.findings())
          .extracting(SmartFinding::messageKey)
          .containsExactly("account-goals.smart.relevant.not-aligned");
    }

    @Test
    void failsWhenTheSupportedGoalIsNotInTheAccount() {
      SmartAssessment assessment = assess(aBusinessGoal().supports("ACME-99").build());

      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.relevant.supported-goal-unknown");
                assertThat(f.arguments()).containsExactly("ACME-99");
              });
    }

    @Test
    void failsForAMilestoneThatSupportsTheVisionDirectly() {
      Goal milestone = aMilestone().supports("ACME-1").build();

      assertThat(assess(milestone).findings())
          .extracting(SmartFinding::messageKey)
          .contains("account-goals.smart.relevant.milestone-without-business-goal");
    }
  }

  @Nested
  @DisplayName("time-bound")
  class TimeBound {

    @Test
    void failsWithoutADueDate() {
      SmartAssessment assessment = assess(aBusinessGoal().noDueDate().build());

      assertThat(assessment.failedCriteria()).containsExactly(SmartCriterion.TIME_BOUND);
    }

    @Test
    void failsForAMilestoneDueAfterItsBusinessGoal() {
      Goal business = aBusinessGoal().due(LocalDate.of(2026, 12, 31)).build();
      Goal milestone = aMilestone().due(LocalDate.of(2027, 2, 1)).build();

      SmartAssessment assessment = CHECK.assess(milestone, account(business, milestone), TODAY);

      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.time-bound.after-supported-goal");
                assertThat(f.arguments()).containsExactly("2027-02-01", "ACME-10", "2026-12-31");
              });
    }
  }
}
