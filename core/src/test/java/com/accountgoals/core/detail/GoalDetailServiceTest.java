package com.accountgoals.core.detail;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aCompanyGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.UnitTolerance;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.QbrBoards;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.smart.SmartMessages;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The goal panel's detail of one goal")
class GoalDetailServiceTest {

  private static final SampleAccount ACME = SampleAccounts.acme();
  private static final LocalDate TODAY = ACME.today();

  private static GoalDetail acme(String key) {
    return new GoalDetailService(ACME.source(), ACME.fixedToday(), BoardSettings.DEFAULT)
        .detail(IssueKey.of(key))
        .orElseThrow();
  }

  private static GoalDetail of(String key, Goal... goals) {
    return GoalDetails.of(IssueKey.of(key), List.of(goals), TODAY, BoardSettings.DEFAULT)
        .orElseThrow();
  }

  private static List<String> keys(List<GoalLine> lines) {
    return lines.stream().map(line -> line.key().value()).toList();
  }

  private static void assertWhy(
      GoalDetail detail, Health health, String key, Argument... arguments) {
    assertThat(detail.health()).isEqualTo(health);
    assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why." + key);
    assertThat(detail.why().arguments()).containsExactly(arguments);
  }

  @Nested
  @DisplayName("of a business goal")
  class BusinessGoal {

    @Test
    void hasTheHealthTheBoardGivesItAndItsStandingForTheChart() {
      GoalDetail detail = acme("ACME-7");

      var board = QbrBoards.build(ACME.project(), ACME.rows(), ACME.currentQuarter(), TODAY);
      Standing onBoard =
          board.health().standings().shown().stream()
              .filter(s -> s.goal().equals(IssueKey.of("ACME-7")))
              .findFirst()
              .orElseThrow();
      assertThat(detail.health()).isEqualTo(Health.OFF_TRACK);
      assertThat(detail.standing()).isEqualTo(onBoard);
      assertThat(detail.date()).isEqualTo(TODAY);
    }

    @Test
    void saysWhyWithTheValueNowAgainstWhatThePlanSaysForToday() {
      GoalDetail detail = acme("ACME-7");

      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.against-plan");
      assertThat(detail.why().arguments())
          .containsExactly(
              new Argument.Amount(58, "day|days"),
              new Argument.Amount(detail.standing().planned(), "day|days"),
              new Argument.Day(TODAY));
    }

    @Test
    void aWholeNumberGoalToWatchNamesTheStepItWaitsFor() {
      SampleAccount nordwind = SampleAccounts.nordwind();
      GoalDetail detail =
          new GoalDetailService(nordwind.source(), nordwind.fixedToday(), BoardSettings.DEFAULT)
              .detail(IssueKey.of("NORD-9"))
              .orElseThrow();

      assertThat(detail.health()).isEqualTo(Health.WATCH);
      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.next-step");
      assertThat(detail.why().arguments())
          .containsExactly(
              new Argument.Amount(0, "Vertrag|Verträge"),
              new Argument.Amount(1, "Vertrag|Verträge"),
              new Argument.Day(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void theStepItWaitsForIsAheadEvenWhenTheValueFellBelowWhereTheGoalStarted() {
      Goal products =
          aBusinessGoal()
              .unit("products")
              .wholeNumbers()
              .baseline(3, LocalDate.of(2026, 6, 1))
              .target(4)
              .due(TODAY.plusDays(20))
              .reading(2, TODAY.minusDays(5))
              .build();

      GoalDetail detail = of("ACME-10", products);

      assertThat(detail.health()).isEqualTo(Health.WATCH);
      assertThat(detail.why().arguments())
          .containsExactly(
              new Argument.Amount(2, "products"),
              new Argument.Amount(4, "products"),
              new Argument.Day(TODAY.plusDays(20)));
    }

    @Test
    void aContinuousGoalToWatchIsExplainedAgainstItsPlan() {
      GoalDetail detail = acme("ACME-9");

      assertThat(detail.health()).isEqualTo(Health.WATCH);
      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.against-plan");
    }

    @Test
    void aWholeNumberGoalOnTrackNamesItsNextStep() {
      GoalDetail detail = acme("ACME-3");

      assertThat(detail.health()).isEqualTo(Health.ON_TRACK);
      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.on-plan-next-step");
      assertThat(detail.why().arguments())
          .containsExactly(
              new Argument.Amount(3, "product|products"),
              new Argument.Amount(4, "product|products"),
              new Argument.Day(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void aFloorCrossedSaysByHowMuchInTheGoalsOwnUnit() {
      Goal floor =
          aBusinessGoal()
              .unit("%")
              .direction(Direction.KEEP_AT_LEAST)
              .target(90)
              .tolerance(UnitTolerance.of(2))
              .reading(88.5, LocalDate.of(2026, 11, 1))
              .build();

      GoalDetail detail = of("ACME-10", floor);

      assertWhy(
          detail,
          Health.WATCH,
          "below-floor",
          new Argument.Amount(88.5, "%"),
          new Argument.Difference(1.5, "%"),
          new Argument.Amount(90, "%"));
    }

    @Test
    void aCeilingCrossedSaysByHowMuchAndOneHeldSaysItIsHeld() {
      assertWhy(
          of("ACME-10", ceiling(12.5)),
          Health.WATCH,
          "above-ceiling",
          new Argument.Amount(12.5, "%"),
          new Argument.Difference(2.5, "%"),
          new Argument.Amount(10, "%"));
      assertWhy(
          of("ACME-10", ceiling(10)),
          Health.ON_TRACK,
          "within-ceiling",
          new Argument.Amount(10, "%"),
          new Argument.Amount(10, "%"));
    }

    private Goal ceiling(double value) {
      return aBusinessGoal()
          .unit("%")
          .direction(Direction.KEEP_AT_MOST)
          .target(10)
          .tolerance(UnitTolerance.of(3))
          .reading(value, LocalDate.of(2026, 11, 1))
          .build();
    }

    @Test
    void withoutAReadingItIsNotMeasuredAndSaysSo() {
      GoalDetail detail = of("ACME-10", aBusinessGoal().noReadings().build());

      assertThat(detail.health()).isEqualTo(Health.NOT_MEASURED);
      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.not-measured");
      assertThat(detail.why().arguments()).isEmpty();
      assertThat(detail.progress()).isNull();
    }

    @Test
    void itsProgressIsTheWayCoveredToday() {
      GoalDetail detail = of("ACME-10", aBusinessGoal().actual(110).build());

      assertThat(detail.progress().percent()).isEqualTo(40.0);
    }

    @Test
    void aClosedOneKeepsItsChartButHasNoHealth() {
      GoalDetail detail = of("ACME-10", aBusinessGoal().actual(125).done().build());

      assertThat(detail.standing()).isNotNull();
      assertThat(detail.health()).isNull();
      assertThat(detail.why()).isNull();
    }

    @Test
    void itsPlanRunsThroughItsMilestonesOnly() {
      Goal goal = aBusinessGoal().actual(104).build();
      Goal milestone = aMilestone().build();
      Goal otherGoalsMilestone =
          aMilestone().key("ACME-12").supports("ACME-20").target(120).build();
      Goal supportingGoal = aBusinessGoal().key("ACME-13").supports("ACME-10").build();

      GoalDetail detail = of("ACME-10", goal, milestone, otherGoalsMilestone, supportingGoal);

      assertThat(detail.standing().plan())
          .extracting(reading -> reading.value())
          .containsExactly(100.0, 110.0, 125.0);
    }
  }

  @Nested
  @DisplayName("of a whole-number goal, whose plan holds its value between steps")
  class WholeNumberReason {

    private final LocalDate june1 = LocalDate.of(2026, 6, 1);
    private final LocalDate endOfOctober = LocalDate.of(2026, 10, 31);

    private GoalDetail visits(double now) {
      Goal visits =
          aBusinessGoal()
              .unit("visits")
              .wholeNumbers()
              .cumulative()
              .baseline(0, LocalDate.of(2026, 1, 1))
              .target(24)
              .due(LocalDate.of(2026, 12, 31))
              .reading(now, LocalDate.of(2026, 11, 13))
              .build();
      return of("ACME-10", visits);
    }

    /** 2 products on 1 June, 3 by the end of October, 5 by the end of next year. */
    private GoalDetail products(double... readings) {
      return of("ACME-10", productsGoal(readings), threeByOctober());
    }

    /** 2 products on 1 June, 5 by the end of next year; readings on the 1st of July and on. */
    private Goal productsGoal(double... readings) {
      var goal =
          aBusinessGoal()
              .unit("products")
              .wholeNumbers()
              .baseline(2, june1)
              .target(5)
              .due(LocalDate.of(2027, 12, 31));
      for (int i = 0; i < readings.length; i++) {
        goal.reading(readings[i], june1.plusMonths(i + 1));
      }
      return goal.build();
    }

    private Goal threeByOctober() {
      return productsMilestone("ACME-11", 3, endOfOctober);
    }

    private Goal productsMilestone(String key, double target, LocalDate due) {
      return aMilestone().key(key).unit("products").target(target).due(due).build();
    }

    /** 0 contracts on 1 June, 1 by the end of October (passed), {@code value} on {@code day}. */
    private GoalDetail oneContractByOctober(double value, LocalDate day) {
      Goal won =
          aBusinessGoal()
              .unit("contracts")
              .wholeNumbers()
              .baseline(0, june1)
              .target(1)
              .due(endOfOctober)
              .reading(value, day)
              .build();
      return of("ACME-10", won);
    }

    @Test
    void onTrackWithItsOnlyStepAtTheDueDateNamesThatStepNotThePlansZero() {
      GoalDetail detail = visits(20);

      assertThat(detail.standing().planned()).isZero();
      assertWhy(
          detail,
          Health.ON_TRACK,
          "on-plan-next-step",
          new Argument.Amount(20, "visits"),
          new Argument.Amount(24, "visits"),
          new Argument.Day(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void onTrackTowardsLessNamesTheNextStepDown() {
      Goal complaints =
          aBusinessGoal()
              .unit("complaints")
              .wholeNumbers()
              .direction(Direction.DECREASE)
              .baseline(10, june1)
              .target(4)
              .due(LocalDate.of(2027, 6, 30))
              .reading(7, LocalDate.of(2026, 10, 20))
              .build();
      Goal milestone =
          aMilestone().key("ACME-11").unit("complaints").target(7).due(endOfOctober).build();

      GoalDetail detail = of("ACME-10", complaints, milestone);

      assertWhy(
          detail,
          Health.ON_TRACK,
          "on-plan-next-step",
          new Argument.Amount(7, "complaints"),
          new Argument.Amount(4, "complaints"),
          new Argument.Day(LocalDate.of(2027, 6, 30)));
    }

    @Test
    void atItsTargetBeforeItIsClosedSaysTheTargetIsReachedNotThePlansZero() {
      GoalDetail detail = visits(24);

      assertWhy(
          detail,
          Health.ON_TRACK,
          "target-reached",
          new Argument.Amount(24, "visits"),
          new Argument.Amount(24, "visits"));
    }

    @Test
    void atItsTargetAfterItsDueDateSaysTheTargetIsReached() {
      GoalDetail detail = oneContractByOctober(1, LocalDate.of(2026, 10, 20));

      assertWhy(
          detail,
          Health.ON_TRACK,
          "target-reached",
          new Argument.Amount(1, "contracts"),
          new Argument.Amount(1, "contracts"));
    }

    @Test
    void aWholeNumberFloorHasNoPlanAndSaysItIsHeld() {
      Goal floor =
          aBusinessGoal()
              .unit("sites")
              .wholeNumbers()
              .direction(Direction.KEEP_AT_LEAST)
              .target(3)
              .reading(4, LocalDate.of(2026, 11, 1))
              .build();

      GoalDetail detail = of("ACME-10", floor);

      assertWhy(
          detail,
          Health.ON_TRACK,
          "on-floor",
          new Argument.Amount(4, "sites"),
          new Argument.Amount(3, "sites"));
    }

    @Test
    void onTrackOnlyBecauseItOnceMetItsTargetIsShortOfItsPlanAndSaysSo() {
      GoalDetail detail = products(3, 5, 2);

      assertWhy(
          detail,
          Health.ON_TRACK,
          "against-plan",
          new Argument.Amount(2, "products"),
          new Argument.Amount(3, "products"),
          new Argument.Day(TODAY));
    }

    @Test
    void behindSaysThePlansValueTodayWhichIsTheStepItMissed() {
      GoalDetail detail = products(2);

      assertWhy(
          detail,
          Health.BEHIND,
          "against-plan",
          new Argument.Amount(2, "products"),
          new Argument.Amount(3, "products"),
          new Argument.Day(TODAY));
    }

    @Test
    void behindAfterAMissedStepAndAContradictingOneSaysTheStepItMissed() {
      Goal fourByAugust = productsMilestone("ACME-12", 4, LocalDate.of(2026, 8, 31));

      GoalDetail detail = of("ACME-10", productsGoal(2, 2, 2, 3), fourByAugust, threeByOctober());

      assertWhy(
          detail,
          Health.BEHIND,
          "against-plan",
          new Argument.Amount(3, "products"),
          new Argument.Amount(4, "products"),
          new Argument.Day(TODAY));
    }

    @Test
    void offTrackAfterItsDueDateSaysThePlansValueToday() {
      GoalDetail detail = oneContractByOctober(0, LocalDate.of(2026, 9, 30));

      assertWhy(
          detail,
          Health.OFF_TRACK,
          "against-plan",
          new Argument.Amount(0, "contracts"),
          new Argument.Amount(1, "contracts"),
          new Argument.Day(TODAY));
    }

    @Test
    void aContinuousGoalOnTrackIsExplainedAgainstItsPlanEvenWithAPointAhead() {
      GoalDetail detail = acme("ACME-10");

      assertThat(detail.health()).isEqualTo(Health.ON_TRACK);
      assertThat(detail.standing().scale()).isEqualTo(MetricScale.CONTINUOUS);
      assertThat(detail.why().messageKey()).isEqualTo("account-goals.detail.why.against-plan");
    }
  }

  @Nested
  @DisplayName("of a milestone")
  class Milestone {

    @Test
    void isJudgedOnItsBusinessGoalsMetric() {
      GoalDetail detail = acme("ACME-4");

      assertThat(detail.verdict().outcome()).isEqualTo(Outcome.MET_ON_TIME);
      assertThat(detail.standing()).isNull();
      assertThat(detail.health()).isNull();
    }

    @Test
    void withoutAVisibleBusinessGoalIsJudgedOnItsOwn() {
      Goal milestone = aMilestone().supports("ACME-1", "ACME-99").build();

      GoalDetail detail = of("ACME-11", aVision().build(), milestone);

      assertThat(detail.verdict()).isEqualTo(milestone.verdictOn(TODAY));
    }

    @Test
    void belongsToTheFirstBusinessGoalItSupports() {
      Goal reached = aBusinessGoal().key("ACME-20").reading(115, LocalDate.of(2026, 6, 30)).build();
      Goal notReached =
          aBusinessGoal().key("ACME-30").reading(100, LocalDate.of(2026, 6, 30)).build();
      Goal milestone = aMilestone().supports("ACME-1", "ACME-20", "ACME-30").build();

      GoalDetail detail = of("ACME-11", aVision().build(), notReached, reached, milestone);

      assertThat(detail.verdict().outcome()).isEqualTo(Outcome.MET_ON_TIME);
    }
  }

  @Nested
  @DisplayName("its alignment")
  class Alignment {

    @Test
    void listsTheVisibleGoalsItSupportsWithTheirHealthAndLight() {
      Goal company = aCompanyGoal().actual(1).light(Colour.AMBER).build();
      Goal goal = aBusinessGoal().supports("CORP-1", "CORP-2").build();

      GoalDetail detail = of("ACME-10", goal, company);

      assertThat(detail.supports())
          .containsExactly(
              GoalLine.of(company, company.verdictOn(TODAY), Health.OFF_TRACK, Colour.AMBER));
    }

    @Test
    void aClosedGoalUpTheLineHasNeitherHealthNorLight() {
      Goal company = aCompanyGoal().actual(15).light(Colour.GREEN).done().build();

      GoalDetail detail = of("ACME-10", aBusinessGoal().supports("CORP-1").build(), company);

      assertThat(detail.supports().get(0).health()).isNull();
      assertThat(detail.supports().get(0).colour()).isNull();
    }

    @Test
    void aGoalUpTheLineThatIsNoBusinessGoalHasNoHealth() {
      GoalDetail detail = acme("ACME-2");

      assertThat(keys(detail.supports())).containsExactly("ACME-1");
      assertThat(detail.supports().get(0).health()).isNull();
    }

    @Test
    void listsTheGoalsAndMilestonesThatSupportItByKey() {
      List<Goal> rows = new ArrayList<>(ACME.rows().goals());
      java.util.Collections.reverse(rows);

      GoalDetail detail =
          GoalDetails.of(IssueKey.of("ACME-3"), rows, TODAY, BoardSettings.DEFAULT).orElseThrow();

      assertThat(keys(detail.supportedBy())).containsExactly("ACME-4", "ACME-5", "ACME-6");
      assertThat(detail.supportedBy().get(0).outcome()).isEqualTo(Outcome.MET_ON_TIME);
    }

    @Test
    void aBusinessGoalBelowIsShownWithItsHealthFromItsOwnMilestones() {
      Goal vision = aVision().build();
      Goal goal = aBusinessGoal().supports("ACME-1").actual(104).build();
      Goal milestone = aMilestone().target(120).due(LocalDate.of(2026, 10, 31)).build();

      GoalDetail detail = of("ACME-1", vision, milestone, goal);

      assertThat(keys(detail.supportedBy())).containsExactly("ACME-10");
      assertThat(detail.supportedBy().get(0).health())
          .isEqualTo(
              Standing.healthOf(goal, List.of(milestone), TODAY, BoardSettings.DEFAULT.tolerance()))
          .isEqualTo(Health.OFF_TRACK);
    }
  }

  @Nested
  @DisplayName("its SMART check")
  class Smart {

    @Test
    void findsWhatToChange() {
      GoalDetail detail = acme("ACME-11");

      assertThat(detail.smart().isSmart()).isFalse();
      assertThat(detail.smart().findings())
          .extracting(f -> f.messageKey())
          .contains(SmartMessages.SPECIFIC_SUMMARY_VAGUE.key());
    }

    @Test
    void asksATeamGoalToSupportAVisibleOpenCompanyGoal() {
      Goal goal = aBusinessGoal().supports("ACME-1").build();

      GoalDetail withOpen = of("ACME-10", aVision().build(), goal, aCompanyGoal().build());
      GoalDetail withClosed = of("ACME-10", aVision().build(), goal, aCompanyGoal().done().build());

      assertThat(withOpen.smart().findings())
          .extracting(f -> f.messageKey())
          .contains(SmartMessages.RELEVANT_COMPANY_GOAL_SKIPPED.key());
      assertThat(withClosed.smart().isSmart()).isTrue();
    }
  }

  @Test
  void thereIsNoneForAGoalTheRowsDoNotHold() {
    Optional<GoalDetail> detail =
        new GoalDetailService(ACME.source(), ACME.fixedToday(), BoardSettings.DEFAULT)
            .detail(IssueKey.of("ACME-999"));

    assertThat(detail).isEmpty();
  }

  @Test
  void readsTheRowsOfTheGoalsProjectForTheBoardsWindow() {
    List<Object> asked = new ArrayList<>();
    GoalDetailService service =
        new GoalDetailService(
            (project, window) -> {
              asked.add(project);
              asked.add(window);
              return AccountRows.empty();
            },
            ACME.fixedToday(),
            BoardSettings.DEFAULT);

    service.detail(IssueKey.of("ACME-3"));

    assertThat(asked)
        .containsExactly(
            ACME.project(), new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)));
  }
}
