package com.accountgoals.core.smart;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The SMART check")
class SmartCheckTest {

  /** Half-way through 2026: 181 days after the default baseline, 183 before the due date. */
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  private static final LocalDate YESTERDAY = TODAY.minusDays(1);
  private static final SmartCheck CHECK = SmartCheck.withDefaults();
  private static final Goal VISION = aVision().build();
  private static final Goal COMPANY_GOAL =
      aBusinessGoal()
          .key("CORP-7")
          .scope(GoalScope.COMPANY)
          .summary("Grow recurring revenue by 12 % across all key accounts")
          .supportsNothing()
          .due(LocalDate.of(2026, 9, 30))
          .build();

  private static Map<IssueKey, Goal> visible(Goal goal, Goal... others) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    byKey.put(VISION.key(), VISION);
    for (Goal other : others) {
      byKey.put(other.key(), other);
    }
    byKey.put(goal.key(), goal);
    return byKey;
  }

  private static SmartAssessment assess(Goal goal, Goal... others) {
    return assessOn(TODAY, goal, others);
  }

  private static SmartAssessment assessOn(LocalDate date, Goal goal, Goal... others) {
    return CHECK.assess(goal, visible(goal, others)::get, false, date);
  }

  private static List<String> messageKeys(SmartAssessment assessment, SmartCriterion criterion) {
    return assessment.findings().stream()
        .filter(f -> f.criterion() == criterion)
        .map(SmartFinding::messageKey)
        .toList();
  }

  @Test
  void aWellFormedBusinessGoalIsSmart() {
    // Given "sell 25 % more of product A", 100 to 125 units in 2026, at 112 by the end of June
    Goal goal = aBusinessGoal().reading(112, YESTERDAY).build();

    // When
    SmartAssessment assessment = assess(goal);

    // Then
    assertThat(assessment.isSmart()).isTrue();
    assertThat(assessment.checked()).isTrue();
  }

  @Test
  void anAssessmentNamesItsGoalByKeyAndSummaryForAListOfFindings() {
    Goal goal = aBusinessGoal().key("ACME-35").summary("Increase sales").build();

    SmartAssessment assessment = assess(goal);

    assertThat(assessment.goal()).isEqualTo(goal.key());
    assertThat(assessment.summary()).isEqualTo("Increase sales");
    assertThat(assess(aVision().summary("Our vision for Acme").build()).summary())
        .isEqualTo("Our vision for Acme");
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
    void failsForASummaryOfTwoWordsLikeIncreaseSalesCountingTheWords() {
      SmartAssessment assessment = assess(aBusinessGoal().summary("Increase sales").build());

      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.criterion()).isEqualTo(SmartCriterion.SPECIFIC);
                assertThat(f.messageKey()).isEqualTo("account-goals.smart.specific.summary-vague");
                assertThat(f.arguments()).containsExactly(Argument.count(2), Argument.count(3));
              });
    }

    @Test
    void failsWithoutATargetBecauseTheSizeIsMissing() {
      SmartAssessment assessment = assess(aBusinessGoal().noTarget().build());

      assertThat(messageKeys(assessment, SmartCriterion.SPECIFIC))
          .containsExactly("account-goals.smart.specific.no-size");
    }
  }

  @Nested
  @DisplayName("measurable")
  class Measurable {

    @Test
    void failsWithoutUnitBaselineAndTargetNamingEach() {
      SmartAssessment assessment = assess(aBusinessGoal().noMetric().build());

      assertThat(messageKeys(assessment, SmartCriterion.MEASURABLE))
          .containsExactly(
              "account-goals.smart.measurable.no-unit",
              "account-goals.smart.measurable.no-baseline",
              "account-goals.smart.measurable.no-target");
    }

    @Test
    void aCumulativeGoalWithoutBaselineLacksOnlyTheStartOfItsPeriod() {
      // Given "close 500 k EUR of new deals this year", a total from zero, with no start date
      Goal deals = aBusinessGoal().cumulative().unit("EUR").target(500_000).noBaseline().build();

      assertThat(messageKeys(assess(deals), SmartCriterion.MEASURABLE))
          .containsExactly("account-goals.smart.measurable.no-period-start");
    }

    @Test
    void holdsForAMilestoneWithoutItsOwnBaseline() {
      Goal business = aBusinessGoal().build();
      Goal milestone = aMilestone().noBaseline().build();

      assertThat(assess(milestone, business).holds(SmartCriterion.MEASURABLE)).isTrue();
    }

    @Test
    void aMilestoneTakesItsUnitFromItsBusinessGoal() {
      Goal business = aBusinessGoal().unit("products").build();
      Goal milestone = aMilestone().unit(null).build();

      assertThat(assess(milestone, business).holds(SmartCriterion.MEASURABLE)).isTrue();
    }

    @Test
    void aMilestoneWithoutUnitFailsWhenItsBusinessGoalHasNoneEither() {
      Goal business = aBusinessGoal().unit(null).build();
      Goal milestone = aMilestone().unit(null).build();

      assertThat(messageKeys(assess(milestone, business), SmartCriterion.MEASURABLE))
          .containsExactly("account-goals.smart.measurable.no-unit");
    }

    @Test
    void anIncreaseFromAStartAboveTheTargetContradictsItsNumbers() {
      // Given "increase the net promoter score" from 31 to 30
      Goal goal =
          aBusinessGoal()
              .unit("points")
              .direction(Direction.INCREASE)
              .baseline(31, LocalDate.of(2026, 1, 1))
              .target(30)
              .build();

      // When
      SmartAssessment assessment = assess(goal);

      // Then
      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.criterion()).isEqualTo(SmartCriterion.MEASURABLE);
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.measurable.increase-contradicted");
                assertThat(f.arguments())
                    .containsExactly(Argument.amount(31, "points"), Argument.amount(30, "points"));
              });
    }

    @Test
    void aGoalWithoutUnitWhoseIncreaseContradictsItsNumbersGetsBothFindings() {
      // Given "increase the net promoter score" from 31 to 30, with no unit
      Goal goal =
          aBusinessGoal()
              .unit(null)
              .direction(Direction.INCREASE)
              .baseline(31, LocalDate.of(2026, 1, 1))
              .target(30)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.MEASURABLE))
          .containsExactly(
              "account-goals.smart.measurable.no-unit",
              "account-goals.smart.measurable.increase-contradicted");
    }

    @Test
    void aDecreaseToATargetAboveItsStartContradictsItsNumbers() {
      // Given "cut days sales outstanding" from 40 to 45 days
      Goal goal =
          aBusinessGoal()
              .unit("days")
              .direction(Direction.DECREASE)
              .baseline(40, LocalDate.of(2026, 1, 1))
              .target(45)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.MEASURABLE))
          .containsExactly("account-goals.smart.measurable.decrease-contradicted");
    }

    @Test
    void aFloorBelowTodaysLevelIsStillAFloor() {
      // Given "keep retention at 90 % or more", at 92 % when the goal was set
      Goal goal =
          aBusinessGoal()
              .unit("%")
              .direction(Direction.KEEP_AT_LEAST)
              .baseline(92, LocalDate.of(2026, 1, 1))
              .target(90)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.MEASURABLE)).isTrue();
    }

    @Test
    void aCumulativeGoalStartsFromZeroWhateverItsBaselineValue() {
      // Given 500 k EUR of new deals this year, with last year's 650 k entered as baseline value
      Goal goal =
          aBusinessGoal()
              .cumulative()
              .unit("EUR")
              .direction(Direction.INCREASE)
              .baseline(650_000, LocalDate.of(2026, 1, 1))
              .target(500_000)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.MEASURABLE)).isTrue();
    }
  }

  @Nested
  @DisplayName("achievable: progress")
  class Progress {

    @Test
    void anIncreaseGoalWithoutMovementAfterAQuarterOfItsTimeHasMadeNoProgress() {
      // Given 100 to 125 units in 2026, still at 100 at the end of June
      Goal goal = aBusinessGoal().reading(100, YESTERDAY).build();

      // When
      SmartAssessment assessment = assess(goal);

      // Then: 25 units in 183 days (6.01 months) to go; 181 days (5.95 months) gone
      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.achievable.no-progress-yet");
                assertThat(difference(f.arguments().get(0)).value())
                    .isCloseTo(4.158, within(0.001));
                assertThat(difference(f.arguments().get(0)).unit()).isEqualTo("units");
                assertThat(number(f.arguments().get(1))).isCloseTo(5.947, within(0.001));
              });
    }

    @Test
    void anIncreaseGoalWithoutMovementWithinTheFirstQuarterOfItsTimeIsFine() {
      // Given the same goal on 31 March, 89 of its 364 days gone
      LocalDate endOfMarch = LocalDate.of(2026, 3, 31);
      Goal goal = aBusinessGoal().reading(100, endOfMarch).build();

      assertThat(assessOn(endOfMarch, goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void anIncreaseGoalWithoutMovementJustPastAQuarterOfItsTimeHasMadeNoProgress() {
      LocalDate early = LocalDate.of(2026, 4, 3); // 92 of 364 days
      Goal goal = aBusinessGoal().reading(100, early).build();

      assertThat(messageKeys(assessOn(early, goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.no-progress-yet");
    }

    @Test
    void aDecreaseGoalThatWentTheWrongWayHasMadeNoProgress() {
      // Given "cut days sales outstanding from 60 to 45", now at 61
      Goal goal =
          aBusinessGoal()
              .unit("days")
              .direction(Direction.DECREASE)
              .baseline(60, LocalDate.of(2026, 1, 1))
              .target(45)
              .reading(61, YESTERDAY)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.no-progress-yet");
    }

    @Test
    void aFloorNeverGetsNoProgressYet() {
      // Given "keep retention at 90 % or more", at 90 % all year
      Goal goal =
          aBusinessGoal()
              .unit("%")
              .direction(Direction.KEEP_AT_LEAST)
              .baseline(90, LocalDate.of(2026, 1, 1))
              .target(90)
              .reading(90, YESTERDAY)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aCeilingNeverGetsAPaceFindingEvenOnTheWrongSide() {
      // Given "keep churn at 10 % or below", at 14 %: its health says so, not its pace
      Goal goal =
          aBusinessGoal()
              .unit("%")
              .direction(Direction.KEEP_AT_MOST)
              .baseline(12, LocalDate.of(2026, 1, 1))
              .target(10)
              .reading(14, YESTERDAY)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void winningOneContractIsAchievableUntilItsDate() {
      // Given "win 1 contract with the logistics division this year", none won by November
      LocalDate november = LocalDate.of(2026, 11, 16);
      Goal goal =
          aBusinessGoal()
              .summary("Win 1 contract with the logistics division")
              .unit("contracts")
              .wholeNumbers()
              .baseline(0, LocalDate.of(2026, 1, 1))
              .target(1)
              .reading(0, november)
              .build();

      assertThat(assessOn(november, goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aWholeNumberGoalWithoutAStepGetsNoProgressFindingWhileAContinuousOneDoes() {
      // The same "2 to 5 products in use", once counted in whole products and once not
      Goal steps =
          aBusinessGoal()
              .unit("products")
              .wholeNumbers()
              .baseline(2, LocalDate.of(2026, 1, 1))
              .target(5)
              .reading(2, YESTERDAY)
              .build();
      Goal line =
          aBusinessGoal()
              .unit("products")
              .baseline(2, LocalDate.of(2026, 1, 1))
              .target(5)
              .reading(2, YESTERDAY)
              .build();

      assertThat(assess(steps).holds(SmartCriterion.ACHIEVABLE)).isTrue();
      assertThat(assess(line).holds(SmartCriterion.ACHIEVABLE)).isFalse();
    }

    @Test
    void aCumulativeGoalCountsItsProgressFromZero() {
      // Given 500 k EUR of new deals in 2026 (last year's 650 k as baseline value), 240 k so far
      Goal goal =
          aBusinessGoal()
              .cumulative()
              .unit("EUR")
              .baseline(650_000, LocalDate.of(2026, 1, 1))
              .target(500_000)
              .reading(240_000, YESTERDAY)
              .build();

      assertThat(assess(goal).isSmart()).isTrue();
    }

    @Test
    void aMovementWithinTheComparisonToleranceIsNoMovement() {
      // Given a market share of 0.3 points to raise to 0.5, read back as 0.1 + 0.2
      Goal goal =
          aBusinessGoal()
              .unit("points")
              .baseline(0.3, LocalDate.of(2026, 1, 1))
              .target(0.5)
              .reading(0.1 + 0.2, YESTERDAY)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.no-progress-yet");
    }

    @Test
    void anIncreaseGoalWithoutMovementAfterExactlyAQuarterOfItsTimeIsFine() {
      LocalDate quarterGone = LocalDate.of(2026, 4, 2); // 91 of 364 days
      Goal goal = aBusinessGoal().reading(100, quarterGone).build();

      assertThat(assessOn(quarterGone, goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aGoalThatHasNotMovedByItsDueDateIsOverdueNotWithoutProgress() {
      LocalDate dueDate = LocalDate.of(2026, 12, 31);
      Goal goal = aBusinessGoal().reading(100, dueDate).build();

      assertThat(assessOn(dueDate, goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aGoalPastItsDueDateIsOverdueNotUnrealistic() {
      LocalDate january = LocalDate.of(2027, 1, 15);
      Goal goal = aBusinessGoal().reading(100, january).build();

      assertThat(assessOn(january, goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aGoalNobodyMeasuredYetIsNotJudged() {
      assertThat(assess(aBusinessGoal().noReadings().build()).holds(SmartCriterion.ACHIEVABLE))
          .isTrue();
    }
  }

  @Nested
  @DisplayName("achievable: pace")
  class Pace {

    @Test
    void warnsWhenTheNeededPaceIsFarAboveThePaceSoFar() {
      // Given 100 to 200 units in 2026, at 112 by the end of June: 2.02 a month so far, 14.64 a
      // month needed, more than three times as fast
      Goal goal = aBusinessGoal().target(200).reading(112, YESTERDAY).build();

      // When
      SmartAssessment assessment = assess(goal);

      // Then
      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.achievable.pace-far-above-history");
                assertThat(difference(f.arguments().get(0)).value())
                    .isCloseTo(14.636, within(0.001));
                assertThat(difference(f.arguments().get(0)).unit()).isEqualTo("units");
                assertThat(difference(f.arguments().get(1)).value())
                    .isCloseTo(2.018, within(0.001));
                assertThat(difference(f.arguments().get(1)).unit()).isEqualTo("units");
                assertThat(f.arguments().get(2)).isEqualTo(Argument.number(3));
              });
    }

    @Test
    void acceptsANeededPaceUpToThreeTimesThePaceSoFar() {
      Goal goal = aBusinessGoal().reading(112, YESTERDAY).build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void judgesADecreaseGoalInItsOwnDirection() {
      // Given days sales outstanding from 60 to 45 in 2026: down 1 day in six months, 14 to go
      Goal goal =
          aBusinessGoal()
              .unit("days")
              .direction(Direction.DECREASE)
              .baseline(60, LocalDate.of(2026, 1, 1))
              .target(45)
              .reading(59, YESTERDAY)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.pace-far-above-history");
    }

    @Test
    void judgesAContinuousGoalThatMovedLessThanOneUnit() {
      // Given a conversion rate from 2 % to 10 % in 2026, at 2.5 % by the end of June: 0.08
      // points a month so far, 1.25 a month needed
      Goal goal =
          aBusinessGoal()
              .unit("%")
              .baseline(2, LocalDate.of(2026, 1, 1))
              .target(10)
              .reading(2.5, YESTERDAY)
              .build();

      assertThat(messageKeys(assess(goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.pace-far-above-history");
    }

    @Test
    void saysNothingBeforeAMonthOfHistory() {
      // Given a goal set ten days ago that moved a little: too early to judge a pace by
      Goal goal =
          aBusinessGoal()
              .baseline(100, TODAY.minusDays(10))
              .target(200)
              .reading(101, YESTERDAY)
              .build();

      assertThat(assess(goal).holds(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void judgesTheStepsOfAWholeNumberGoalOnceOneIsMade() {
      // Given 2 to 5 products in use in 2026, 3 by November: 2 more in six weeks after 1 in ten
      // months
      LocalDate november = LocalDate.of(2026, 11, 16);
      Goal goal =
          aBusinessGoal()
              .unit("products")
              .wholeNumbers()
              .baseline(2, LocalDate.of(2026, 1, 1))
              .target(5)
              .reading(3, LocalDate.of(2026, 11, 1))
              .build();

      assertThat(messageKeys(assessOn(november, goal), SmartCriterion.ACHIEVABLE))
          .containsExactly("account-goals.smart.achievable.pace-far-above-history");
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
  @DisplayName("relevant: the alignment rule")
  class Relevant {

    @Test
    void failsWhenTheGoalSupportsNothing() {
      SmartAssessment assessment = assess(aBusinessGoal().supportsNothing().build());

      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey()).isEqualTo("account-goals.smart.relevant.not-aligned");
                assertThat(f.arguments()).isEmpty();
              });
    }

    @Test
    void failsWhenTheSupportedGoalCannotBeSeenNamingItsKey() {
      SmartAssessment assessment = assess(aBusinessGoal().supports("CORP-99").build());

      assertThat(assessment.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.relevant.supported-goal-unknown");
                assertThat(f.arguments()).containsExactly(Argument.key(IssueKey.of("CORP-99")));
              });
    }

    @Test
    void failsForASidewaysLinkNamingTheSupportedGoal() {
      Goal revenue = aBusinessGoal().build();
      Goal retention = aBusinessGoal().key("ACME-12").supports("ACME-10").build();

      assertThat(assess(retention, revenue).findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.relevant.link-against-order");
                assertThat(f.arguments()).containsExactly(Argument.key(IssueKey.of("ACME-10")));
              });
    }

    @Test
    void failsForAMilestoneThatSupportsTheVisionDirectly() {
      Goal milestone = aMilestone().supports("ACME-1").build();

      assertThat(messageKeys(assess(milestone), SmartCriterion.RELEVANT))
          .containsExactly("account-goals.smart.relevant.milestone-without-business-goal");
    }

    @Test
    void holdsForATeamGoalSupportingACompanyGoal() {
      Goal team = aBusinessGoal().supports("CORP-7").due(LocalDate.of(2026, 9, 30)).build();

      SmartAssessment assessment =
          CHECK.assess(team, visible(team, COMPANY_GOAL)::get, true, TODAY);

      assertThat(assessment.holds(SmartCriterion.RELEVANT)).isTrue();
    }

    @Test
    void failsForATeamGoalUnderTheVisionWhileCompanyGoalsExist() {
      Goal team = aBusinessGoal().build();

      SmartAssessment assessment =
          CHECK.assess(team, visible(team, COMPANY_GOAL)::get, true, TODAY);

      assertThat(messageKeys(assessment, SmartCriterion.RELEVANT))
          .containsExactly("account-goals.smart.relevant.company-goal-skipped");
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
    void failsForAMilestoneDueAfterItsBusinessGoalNamingBothDays() {
      Goal business = aBusinessGoal().due(LocalDate.of(2026, 12, 31)).build();
      Goal milestone = aMilestone().due(LocalDate.of(2027, 2, 1)).build();

      assertThat(assess(milestone, business).findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.smart.time-bound.after-supported-goal");
                assertThat(f.arguments())
                    .containsExactly(
                        Argument.day(LocalDate.of(2027, 2, 1)),
                        Argument.key(IssueKey.of("ACME-10")),
                        Argument.day(LocalDate.of(2026, 12, 31)));
              });
    }

    @Test
    void holdsWhenTheSupportedGoalHasNoDueDate() {
      // The vision has no due date: any due date fits under it
      assertThat(assess(aBusinessGoal().build()).holds(SmartCriterion.TIME_BOUND)).isTrue();
    }

    @Test
    void failsForATeamGoalDueAfterTheCompanyGoalItSupports() {
      Goal team = aBusinessGoal().supports("CORP-7").build();

      SmartAssessment assessment =
          CHECK.assess(team, visible(team, COMPANY_GOAL)::get, true, TODAY);

      assertThat(messageKeys(assessment, SmartCriterion.TIME_BOUND))
          .containsExactly("account-goals.smart.time-bound.after-supported-goal");
    }
  }

  /** A pace is a difference of two values a month, so that a percentage's pace reads in points. */
  private static Argument.Difference difference(Argument argument) {
    assertThat(argument).isInstanceOf(Argument.Difference.class);
    return (Argument.Difference) argument;
  }

  private static double number(Argument argument) {
    assertThat(argument).isInstanceOf(Argument.Number.class);
    return ((Argument.Number) argument).value();
  }
}
