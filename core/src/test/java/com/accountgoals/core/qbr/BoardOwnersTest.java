package com.accountgoals.core.qbr;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Individual versus team: one row per owner")
class BoardOwnersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

  /**
   * The team owns the vision; Anna owns three goals (one off track, one not measured, one done) and
   * has one open and one done action; Ben owns one goal, not measured.
   */
  private final QbrBoard board =
      QbrBoards.build(
          ProjectKey.of("ACME"),
          new AccountRows(
              List.of(
                  aVision().build(),
                  aBusinessGoal()
                      .key("ACME-10")
                      .owner("anna.berger")
                      .reading(100, LocalDate.of(2026, 11, 1))
                      .build(),
                  aBusinessGoal().key("ACME-11").owner("anna.berger").done().build(),
                  aBusinessGoal().key("ACME-12").owner("anna.berger").build(),
                  aBusinessGoal().key("ACME-13").owner("ben.keller").build()),
              List.of(
                  anAction().key("ACME-100").assignee("anna.berger").due(TODAY).build(),
                  anAction().key("ACME-101").assignee("anna.berger").due(TODAY).done().build())),
          FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
          TODAY,
          BoardSettings.DEFAULT);

  private OwnerRollup rowOf(String owner) {
    return board.owners().shown().stream()
        .filter(r -> owner.equals(r.owner()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTeamsRowComesFirstThenEachOwnerByName() {
    assertThat(board.owners().shown())
        .extracting(OwnerRollup::isTeam, OwnerRollup::owner)
        .containsExactly(
            tuple(true, null), tuple(false, "anna.berger"), tuple(false, "ben.keller"));
  }

  @Test
  void anOwnersRowCountsAllTheirGoalsAndTheOpenOnes() {
    assertThat(rowOf("anna.berger"))
        .extracting(OwnerRollup::goals, OwnerRollup::openGoals)
        .containsExactly(3, 2);
  }

  @Test
  void onlyGoalsBehindOrOffTrackNeedAttention() {
    assertThat(rowOf("anna.berger").needingAttention()).isEqualTo(1);
    assertThat(rowOf("ben.keller").needingAttention()).isZero();
  }

  @Test
  void anOwnersRowCountsTheirOpenActions() {
    assertThat(rowOf("anna.berger").openActions()).isEqualTo(1);
  }
}
