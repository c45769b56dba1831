package com.accountgoals.core.qbr;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trajectory.MilestoneFinding;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("What the board lists, and in which order")
class BoardListsTest {

  /** Wednesday, 18 November 2026, in 2026-Q4. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

  private static QbrBoard board(Goal... goals) {
    return QbrBoards.build(
        ProjectKey.of("ACME"),
        new AccountRows(List.of(goals), List.of()),
        FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
        TODAY,
        BoardSettings.DEFAULT);
  }

  private static IssueKey key(String key) {
    return IssueKey.of(key);
  }

  /** 100 to 125 units by the end of 2026, as a line: about 122 planned on 18 November. */
  private static GoalBuilder units(String key) {
    return aBusinessGoal().key(key).due(LocalDate.of(2026, 12, 31));
  }

  @Nested
  @DisplayName("most urgent first")
  class MostUrgentFirst {

    @Test
    void aMissedGoalComesBeforeAnOverdueOneDueEarlier() {
      QbrBoard board =
          board(
              units("ACME-31").due(LocalDate.of(2026, 10, 20)).build(), // overdue
              units("ACME-32")
                  .due(LocalDate.of(2026, 10, 31))
                  .reading(101, LocalDate.of(2026, 10, 30))
                  .done()
                  .build()); // missed

      assertThat(board.review().goalLines().shown())
          .extracting(GoalLine::key)
          .containsExactly(key("ACME-32"), key("ACME-31"));
    }

    @Test
    void standingsGoOffTrackRedBehindWatchAmberThenTheRest() {
      QbrBoard board =
          board(
              units("ACME-20").build(), // not measured, no light: the rest
              units("ACME-21").light(Colour.AMBER).build(),
              units("ACME-22").reading(119, LocalDate.of(2026, 11, 1)).build(), // watch
              units("ACME-23").reading(119, LocalDate.of(2026, 11, 1)).build(), // behind, as
              aMilestone()
                  .key("ACME-30")
                  .supports("ACME-23")
                  .target(121)
                  .due(LocalDate.of(2026, 11, 10))
                  .build(), // its milestone of 10 November was missed
              units("ACME-24").light(Colour.RED).build(),
              units("ACME-25").reading(100, LocalDate.of(2026, 11, 1)).build()); // off track

      assertThat(board.health().standings().shown())
          .extracting(Standing::goal)
          .containsExactly(
              key("ACME-25"),
              key("ACME-24"),
              key("ACME-23"),
              key("ACME-22"),
              key("ACME-21"),
              key("ACME-20"));
    }

    @Test
    void ofEquallyUrgentGoalsTheOneDueFirstComesFirst() {
      QbrBoard board =
          board(
              units("ACME-50").due(LocalDate.of(2026, 12, 20)).build(),
              units("ACME-51").due(LocalDate.of(2026, 12, 5)).build());

      assertThat(board.review().goalLines().shown())
          .extracting(GoalLine::key)
          .containsExactly(key("ACME-51"), key("ACME-50"));
    }

    @Test
    void aGoalsMilestoneFindingsGoByMilestoneKey() {
      Goal licences = units("ACME-10").build(); // baseline 1 January 2026
      QbrBoard board =
          board(
              licences,
              aMilestone().key("ACME-11").target(120).due(LocalDate.of(2027, 2, 1)).build(),
              aMilestone().key("ACME-12").target(105).due(LocalDate.of(2025, 12, 15)).build());

      assertThat(board.findings().milestones().shown())
          .extracting(MilestoneFinding::milestone)
          .containsExactly(key("ACME-11"), key("ACME-12"));
    }
  }

  @Nested
  @DisplayName("the quarter ahead and the lights")
  class AheadAndLights {

    @Test
    void anOpenGoalDueNextQuarterIsListedForIt() {
      QbrBoard board = board(units("ACME-60").due(LocalDate.of(2027, 2, 15)).build());

      assertThat(board.nextQuarter().shown())
          .extracting(GoalLine::key)
          .containsExactly(key("ACME-60"));
    }

    @Test
    void openGoalsWithoutALightAreCountedApart() {
      QbrBoard board =
          board(
              units("ACME-61").build(),
              units("ACME-62").build(),
              units("ACME-63").light(Colour.GREEN).build());

      assertThat(board.lights().counts().none()).isEqualTo(2);
    }

    @Test
    void ofTwoOpenVisionsTheOneWithTheSmallerKeyGivesTheAccountsLight() {
      QbrBoard board =
          board(
              aVision().key("ACME-5").light(Colour.AMBER).build(),
              aVision().key("ACME-1").light(Colour.GREEN).build());

      assertThat(board.accountLight().vision()).isEqualTo(key("ACME-1"));
    }
  }

  @Nested
  @DisplayName("KPIs")
  class Kpis {

    @Test
    void aKpisValueIsTheLastReadingUpToTheBoardsDayNotOneAfterIt() {
      QbrBoard board =
          board(
              units("ACME-70")
                  .kpi()
                  .reading(110, LocalDate.of(2026, 11, 1))
                  .reading(118, LocalDate.of(2026, 12, 1))
                  .build());

      assertThat(board.kpis().shown()).extracting(Kpi::value).containsExactly(110.0);
    }

    @Test
    void aKpiWithAReadingThisQuarterIsMeasured() {
      QbrBoard board =
          board(units("ACME-71").kpi().reading(110, LocalDate.of(2026, 11, 1)).build());

      assertThat(board.kpis().shown()).extracting(Kpi::isMeasured).containsExactly(true);
    }

    @Test
    void aKpiWithoutAReadingThisQuarterIsShownAsNotMeasured() {
      QbrBoard board = board(units("ACME-72").kpi().reading(104, LocalDate.of(2026, 9, 1)).build());

      assertThat(board.kpis().shown()).extracting(Kpi::isMeasured).containsExactly(false);
    }
  }
}
