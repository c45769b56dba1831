package com.accountgoals.core.qbr;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The boards of the named sample accounts say what their stories promise a manager (see the stories
 * in {@code NordwindLogistik} and {@code BrightlineRetail}).
 */
class SampleAccountBoardsTest {

  private static QbrBoard boardOf(SampleAccount account) {
    return new QbrBoardService(
            account.source(), account.fixedToday(), BoardSettings.DEFAULT.withListLimit(100))
        .board(account.project(), account.currentQuarter());
  }

  private static Map<String, Health> healthByKey(QbrBoard board) {
    return board.health().standings().shown().stream()
        .collect(
            Collectors.toMap(
                s -> s.goal().value(), Standing::health, (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, Outcome> outcomesOfTheQuarter(QbrBoard board) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    board.review().goalLines().shown().forEach(l -> outcomes.put(l.key().value(), l.outcome()));
    board
        .review()
        .milestoneLines()
        .shown()
        .forEach(l -> outcomes.put(l.key().value(), l.outcome()));
    return outcomes;
  }

  private static Map<String, KpiChange> kpiChanges(QbrBoard board) {
    return board.kpis().shown().stream()
        .collect(Collectors.toMap(k -> k.goal().value(), Kpi::change));
  }

  @Nested
  @DisplayName("Nordwind Logistik GmbH on 18 November 2026")
  class Nordwind {

    private final QbrBoard board = boardOf(SampleAccounts.nordwind());

    @Test
    void everyOpenBusinessGoalHasTheHealthItsStoryGives() {
      assertThat(healthByKey(board))
          .containsAllEntriesOf(
              Map.ofEntries(
                  Map.entry("NORD-4", Health.ON_TRACK),
                  Map.entry("NORD-8", Health.WATCH),
                  Map.entry("NORD-9", Health.WATCH),
                  Map.entry("NORD-11", Health.ON_TRACK),
                  Map.entry("NORD-14", Health.WATCH),
                  Map.entry("NORD-15", Health.ON_TRACK),
                  Map.entry("NORD-16", Health.BEHIND),
                  Map.entry("NORD-18", Health.OFF_TRACK),
                  Map.entry("NORD-19", Health.ON_TRACK),
                  Map.entry("NORD-22", Health.OFF_TRACK),
                  Map.entry("NORD-24", Health.WATCH),
                  Map.entry("NORD-29", Health.ON_TRACK),
                  Map.entry("NORD-33", Health.NOT_MEASURED),
                  Map.entry("NORD-37", Health.ON_TRACK),
                  Map.entry("NORD-38", Health.ON_TRACK),
                  Map.entry("NORD-39", Health.ON_TRACK),
                  Map.entry("NORD-40", Health.OFF_TRACK)));
    }

    @Test
    void theRePlannedGoalIsOffTrackAgainstItsOriginalPlan() {
      assertThat(board.health().standings().shown())
          .filteredOn(s -> s.goal().equals(IssueKey.of("NORD-24")))
          .singleElement()
          .extracting(Standing::healthAgainstOriginal)
          .isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void theQuarterReviewSortsWinsMissesAndDroppedGoals() {
      assertThat(outcomesOfTheQuarter(board))
          .containsAllEntriesOf(
              Map.of(
                  "NORD-5", Outcome.MET_ON_TIME,
                  "NORD-10", Outcome.MET_ON_TIME,
                  "NORD-28", Outcome.MET_LATE,
                  "NORD-23", Outcome.OVERDUE,
                  "NORD-26", Outcome.DROPPED,
                  "NORD-27", Outcome.DROPPED,
                  "NORD-40", Outcome.OVERDUE));
      assertThat(board.review().wins().shown())
          .extracting(l -> l.key().value())
          .containsExactlyInAnyOrder("NORD-5", "NORD-10", "NORD-28");
    }

    @Test
    void theLightsAndTheAccountLightAreTheStorys() {
      assertThat(board.accountLight().light().overall()).contains(Colour.AMBER);
      assertThat(board.lights().red().shown())
          .extracting(l -> l.key().value())
          .containsExactlyInAnyOrder("NORD-8", "NORD-9");
      assertThat(board.lights().amber().shown())
          .extracting(l -> l.key().value())
          .containsExactlyInAnyOrder("NORD-1", "NORD-2", "NORD-22");
    }

    @Test
    void theKpisChangeAsTheStorySays() {
      assertThat(kpiChanges(board))
          .isEqualTo(
              Map.of(
                  "NORD-8", KpiChange.WORSE,
                  "NORD-14", KpiChange.BETTER,
                  "NORD-15", KpiChange.WORSE,
                  "NORD-16", KpiChange.WORSE,
                  "NORD-18", KpiChange.NOT_MEASURED,
                  "NORD-39", KpiChange.NEW));
    }

    @Test
    void theTeamGoalsSupportingCompanyGoalsAreAligned() {
      assertThat(board.findings().alignment().shown())
          .extracting(f -> f.goal().value())
          .containsOnly("NORD-41");
    }

    @Test
    void thePlanIsNovemberInDetail() {
      assertThat(board.plan().detail())
          .extracting(p -> p.action().key().value() + (p.carriedOver() ? " carried over" : ""))
          .containsExactly(
              "NORD-103 carried over", "NORD-104 carried over", "NORD-101", "NORD-102");
      assertThat(board.plan().undated())
          .extracting(a -> a.key().value())
          .containsExactly("NORD-111");
    }
  }

  @Nested
  @DisplayName("Brightline Retail Ltd on 17 February 2027, fiscal year from July")
  class Brightline {

    private final QbrBoard board = boardOf(SampleAccounts.brightline());

    @Test
    void theQuarterIsJanuaryToMarchNamedByTheFiscalYearsStart() {
      assertThat(board.quarter().toString()).isEqualTo("2026-Q3");
    }

    @Test
    void everyOpenBusinessGoalHasTheHealthItsStoryGives() {
      assertThat(healthByKey(board))
          .containsAllEntriesOf(
              Map.ofEntries(
                  Map.entry("BRIGHT-4", Health.BEHIND),
                  Map.entry("BRIGHT-8", Health.ON_TRACK),
                  Map.entry("BRIGHT-9", Health.OFF_TRACK),
                  Map.entry("BRIGHT-10", Health.WATCH),
                  Map.entry("BRIGHT-13", Health.ON_TRACK),
                  Map.entry("BRIGHT-15", Health.BEHIND),
                  Map.entry("BRIGHT-18", Health.ON_TRACK),
                  Map.entry("BRIGHT-19", Health.OFF_TRACK),
                  Map.entry("BRIGHT-20", Health.ON_TRACK),
                  Map.entry("BRIGHT-21", Health.ON_TRACK),
                  Map.entry("BRIGHT-22", Health.ON_TRACK),
                  Map.entry("BRIGHT-23", Health.WATCH),
                  Map.entry("BRIGHT-29", Health.WATCH),
                  Map.entry("BRIGHT-33", Health.OFF_TRACK),
                  Map.entry("BRIGHT-36", Health.NOT_MEASURED),
                  Map.entry("BRIGHT-40", Health.ON_TRACK),
                  Map.entry("BRIGHT-41", Health.ON_TRACK)));
    }

    @Test
    void aContractWonBeforeAnyoneClosedItIsAWinOfThisQuarter() {
      assertThat(board.review().wins().shown())
          .extracting(l -> l.key().value())
          .containsExactlyInAnyOrder("BRIGHT-14", "BRIGHT-28");
    }

    @Test
    void withoutALightForTheAccountOrTheVisionNoneIsInvented() {
      assertThat(board.accountLight().isSet()).isFalse();
    }

    @Test
    void theKpisChangeAsTheStorySays() {
      assertThat(kpiChanges(board))
          .isEqualTo(
              Map.of(
                  "BRIGHT-8", KpiChange.WORSE,
                  "BRIGHT-18", KpiChange.BETTER,
                  "BRIGHT-19", KpiChange.WORSE,
                  "BRIGHT-20", KpiChange.BETTER,
                  "BRIGHT-21", KpiChange.NOT_MEASURED,
                  "BRIGHT-22", KpiChange.NEW));
    }

    @Test
    void theContradictoryMilestonesAreFindings() {
      assertThat(board.findings().milestones().shown())
          .extracting(f -> f.milestone().value())
          .containsExactlyInAnyOrder("BRIGHT-32", "BRIGHT-37", "BRIGHT-38", "BRIGHT-39");
    }
  }

  @Nested
  @DisplayName("Acme Industrie AG on 16 November 2026")
  class Acme {

    private final QbrBoard board = boardOf(SampleAccounts.acme());

    @Test
    void everyOpenBusinessGoalHasTheHealthItsStoryGives() {
      assertThat(healthByKey(board))
          .containsAllEntriesOf(
              Map.of(
                  "ACME-3", Health.ON_TRACK,
                  "ACME-7", Health.OFF_TRACK,
                  "ACME-9", Health.WATCH,
                  "ACME-10", Health.ON_TRACK,
                  "ACME-12", Health.ON_TRACK,
                  "ACME-11", Health.NOT_MEASURED));
    }

    @Test
    void theMilestonesAndTheContractAreReadOnTheirDates() {
      assertThat(outcomesOfTheQuarter(board))
          .containsAllEntriesOf(
              Map.of(
                  "ACME-4", Outcome.MET_ON_TIME,
                  "ACME-14", Outcome.OVERDUE,
                  "ACME-8", Outcome.UPCOMING,
                  "ACME-13", Outcome.MET_ON_TIME));
    }

    @Test
    void theKpisChangeInTheirOwnDirection() {
      assertThat(kpiChanges(board))
          .isEqualTo(Map.of("ACME-9", KpiChange.BETTER, "ACME-10", KpiChange.WORSE));
    }
  }

  @Nested
  @DisplayName("Volta Energia S.p.A. on 15 February 2027, fiscal year from April")
  class Volta {

    private final QbrBoard board = boardOf(SampleAccounts.volta());

    @Test
    void theLicenceGoalIsBehindAndTheMarginToBeWatched() {
      assertThat(healthByKey(board))
          .isEqualTo(Map.of("VOLTA-2", Health.BEHIND, "VOLTA-5", Health.WATCH));
    }
  }
}
