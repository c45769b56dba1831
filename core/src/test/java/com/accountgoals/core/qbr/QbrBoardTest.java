package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.plan.PlannedAction;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("the QBR board of Acme for 2026-Q4, on 16 November 2026")
class QbrBoardTest {

  private static final SampleAccount ACME = SampleAccounts.acme();

  private static QbrBoard board() {
    return QbrBoards.build(ACME.project(), ACME.rows(), ACME.currentQuarter(), ACME.today());
  }

  private static IssueKey key(String value) {
    return IssueKey.of(value);
  }

  @Test
  void isForTheAccountAndQuarterAsked() {
    QbrBoard board = board();

    assertThat(board.project()).isEqualTo(ACME.project());
    assertThat(board.quarter()).hasToString("2026-Q4");
    assertThat(board.date()).isEqualTo(ACME.today());
  }

  @Test
  void countsGoalsByLevelAndStatus() {
    QbrBoard board = board();

    assertThat(board.levels())
        .containsExactly(
            new LevelCount(GoalLevel.VISION, 1, 0),
            new LevelCount(GoalLevel.RELATIONSHIP, 1, 0),
            new LevelCount(GoalLevel.BUSINESS, 6, 1),
            new LevelCount(GoalLevel.MILESTONE, 4, 1));
    assertThat(board.goalCount()).isEqualTo(14);
  }

  @Nested
  @DisplayName("the quarter under review")
  class Review {

    @Test
    void countsGoalsDueInTheQuarterAsMetOrStillOpen() {
      QuarterReview review = board().review();

      // ACME-13 won the contract in November; ACME-9's leads are due at the end of December
      assertThat(review.goals()).isEqualTo(new OutcomeCounts(1, 0, 0, 1));
      assertThat(review.goalLines().shown())
          .extracting(GoalLine::key)
          .containsExactly(key("ACME-13"), key("ACME-9"));
    }

    @Test
    void sortsMilestonesDueInTheQuarterIntoMetOverdueAndUpcoming() {
      QuarterReview review = board().review();

      assertThat(review.milestones()).isEqualTo(new OutcomeCounts(1, 0, 1, 1));
      assertThat(review.milestoneLines().shown())
          .extracting(GoalLine::key, GoalLine::outcome)
          .containsExactly(
              tuple(key("ACME-4"), Outcome.MET_ON_TIME),
              tuple(key("ACME-14"), Outcome.OVERDUE),
              tuple(key("ACME-8"), Outcome.UPCOMING));
    }
  }

  @Nested
  @DisplayName("health per business goal")
  class HealthPerGoal {

    @Test
    void countsOpenBusinessGoalsByHealth() {
      assertThat(board().health().counts()).isEqualTo(new HealthCounts(3, 1, 1, 1));
    }

    @Test
    void listsTheGoalsNeedingAttentionFirst() {
      assertThat(board().health().standings().shown())
          .extracting(Standing::goal, Standing::health)
          .startsWith(
              tuple(key("ACME-7"), Health.OFF_TRACK),
              tuple(key("ACME-9"), Health.BEHIND),
              tuple(key("ACME-11"), Health.NOT_MEASURED));
    }

    @Test
    void measuresTheFiveProductsGoalAgainstItsMilestones() {
      Standing fiveProducts =
          board().health().standings().shown().stream()
              .filter(s -> s.goal().equals(key("ACME-3")))
              .findFirst()
              .orElseThrow();

      // 16 days after the October milestone (3) on the way to March (4): 3 + 16/151
      assertThat(fiveProducts.planned()).isCloseTo(3.106, within(0.001));
      assertThat(fiveProducts.health()).isEqualTo(Health.ON_TRACK);
    }
  }

  @Nested
  @DisplayName("traffic lights")
  class Lights {

    @Test
    void countsGoalsByOverallColour() {
      assertThat(board().lights().counts()).isEqualTo(new LightCounts(1, 1, 1, 11));
    }

    @Test
    void listsTheRedAndAmberFactorsWithTheirGoal() {
      LightOverview lights = board().lights();

      assertThat(lights.redFactors().shown())
          .containsExactly(
              new FactorLine(key("ACME-2"), Colour.RED, "Not on the preferred-supplier list"));
      assertThat(lights.amberFactors().shown())
          .containsExactly(
              new FactorLine(key("ACME-2"), Colour.AMBER, "New finance director"),
              new FactorLine(key("ACME-7"), Colour.AMBER, "The customer is buying a company"));
    }
  }

  @Nested
  @DisplayName("KPIs")
  class Kpis {

    @Test
    void showTheActivityGoalsWithTheirChangeWhereThePreviousValueIsKnown() {
      QbrBoard board =
          QbrBoards.build(
              ACME.project(),
              ACME.rows(),
              ACME.currentQuarter(),
              ACME.today(),
              Map.of(key("ACME-9"), 30.0),
              BoardSettings.DEFAULT);

      assertThat(board.kpis().shown())
          .containsExactly(
              new Kpi(
                  key("ACME-9"), "40 qualified leads from Acme this year", "leads", 36, 30.0, 6.0),
              new Kpi(
                  key("ACME-10"),
                  "Raise the conversion rate of qualified leads to 25 %",
                  "%",
                  22.5,
                  null,
                  null));
    }
  }

  @Nested
  @DisplayName("findings")
  class FindingsOnTheBoard {

    @Test
    void listTheGoalsFailingSmart() {
      // ACME-7 needs 13 days in 4.5 months after 2 in 7.5; ACME-11 is "Increase sales"
      assertThat(board().findings().notSmart().shown())
          .extracting(SmartAssessment::goal)
          .containsExactly(key("ACME-7"), key("ACME-11"));
    }

    @Test
    void listTheGoalsWithoutAlignment() {
      assertThat(board().findings().alignment().shown())
          .containsExactly(AlignmentFinding.of(AlignmentProblem.NOT_ALIGNED, key("ACME-11")));
    }
  }

  @Test
  void listsTheOpenGoalsDueNextQuarter() {
    assertThat(board().nextQuarter().shown())
        .extracting(GoalLine::key)
        .containsExactly(key("ACME-5"), key("ACME-7"));
  }

  @Test
  void carriesTheRollingPlanForDecemberToFebruary() {
    QbrBoard board = board();

    assertThat(board.plan().firstMonth()).isEqualTo(YearMonth.of(2026, 12));
    assertThat(board.plan().detail())
        .extracting(p -> p.action().key().value(), PlannedAction::carriedOver)
        .containsExactly(
            tuple("ACME-103", true), tuple("ACME-101", false), tuple("ACME-102", false));
    assertThat(board.plan().outline().get(0).actions()).isEqualTo(2);
  }

  @Test
  void rollsGoalsAndActionsUpByOwnerWithTheTeamFirst() {
    assertThat(board().owners().shown())
        .containsExactly(
            new OwnerRollup(null, 2, 2, 0, 1),
            new OwnerRollup("anna.berger", 7, 5, 0, 2),
            new OwnerRollup("marco.rossi", 5, 5, 2, 3));
  }
}
