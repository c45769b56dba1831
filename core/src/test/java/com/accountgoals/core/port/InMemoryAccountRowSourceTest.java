package com.accountgoals.core.port;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.quarter.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAccountRowSourceTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");

  /** The window of a plan made in mid-May: May to July. */
  private static final DateWindow MAY_TO_JULY = RollingPlan.windowFor(LocalDate.of(2026, 5, 14));

  @Test
  void returnsEveryGoalOfTheProjectWhateverItsDate() {
    Goal old = aBusinessGoal().key("ACME-3").due(LocalDate.of(2020, 1, 1)).done().build();
    Goal other = aBusinessGoal().key("BETA-3").build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(new AccountRows(List.of(old, other), List.of()));

    assertThat(source.load(ACME, MAY_TO_JULY).goals()).containsExactly(old);
  }

  @Test
  void returnsNoActionOfAnotherProject() {
    Action ours = anAction().key("ACME-101").due(LocalDate.of(2026, 5, 20)).build();
    Action theirs = anAction().key("BETA-101").due(LocalDate.of(2026, 5, 20)).build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(new AccountRows(List.of(), List.of(ours, theirs)));

    assertThat(source.load(ACME, MAY_TO_JULY).actions()).containsExactly(ours);
  }

  @Test
  void returnsTheActionsDueInTheWindowOpenOrClosed() {
    // Given
    Action doneEarlyInMay = anAction().key("ACME-101").due(LocalDate.of(2026, 5, 4)).done().build();
    Action openInJuly = anAction().key("ACME-102").due(LocalDate.of(2026, 7, 31)).build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(
            new AccountRows(List.of(), List.of(doneEarlyInMay, openInJuly)));

    // When
    List<Action> loaded = source.load(ACME, MAY_TO_JULY).actions();

    // Then
    assertThat(loaded).containsExactly(doneEarlyInMay, openInJuly);
  }

  @Test
  void returnsTheOpenActionsDueBeforeTheWindowButNotTheClosedOnes() {
    Action openInMarch = anAction().key("ACME-101").due(LocalDate.of(2026, 3, 1)).build();
    Action doneInMarch = anAction().key("ACME-102").due(LocalDate.of(2026, 3, 1)).done().build();
    Action droppedInApril =
        anAction().key("ACME-103").due(LocalDate.of(2026, 4, 30)).dropped().build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(
            new AccountRows(List.of(), List.of(openInMarch, doneInMarch, droppedInApril)));

    assertThat(source.load(ACME, MAY_TO_JULY).actions()).containsExactly(openInMarch);
  }

  @Test
  void returnsTheOpenActionsWithoutADueDate() {
    Action undated = anAction().key("ACME-101").noDueDate().build();
    Action undatedDone = anAction().key("ACME-102").noDueDate().done().build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(new AccountRows(List.of(), List.of(undated, undatedDone)));

    assertThat(source.load(ACME, MAY_TO_JULY).actions()).containsExactly(undated);
  }

  @Test
  void leavesOutTheActionsDueAfterTheWindow() {
    Action august = anAction().key("ACME-101").due(LocalDate.of(2026, 8, 1)).build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(new AccountRows(List.of(), List.of(august)));

    assertThat(source.load(ACME, MAY_TO_JULY).actions()).isEmpty();
  }

  @Test
  void followsTheLinksUpwardIntoOtherProjectsStepByStepEachGoalOnce() {
    Goal vision = aBusinessGoal().key("ACME-1").supportsNothing().build();
    Goal business = aBusinessGoal().key("ACME-3").supports("CORP-1").build();
    Goal company = aBusinessGoal().key("CORP-1").supports("GROUP-1", "ACME-1").build();
    Goal group = aBusinessGoal().key("GROUP-1").supports("CORP-1").build();
    Goal unrelated = aBusinessGoal().key("BETA-2").supportsNothing().build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(
            new AccountRows(List.of(group, unrelated, company, vision, business), List.of()));

    assertThat(source.load(ACME, MAY_TO_JULY).goals())
        .containsExactly(vision, business, company, group);
  }

  @Test
  void answersAnUnknownProjectWithNoRows() {
    AccountRowSource source = InMemoryAccountRowSource.empty();

    assertThat(source.load(ProjectKey.of("NOPE"), MAY_TO_JULY)).isEqualTo(AccountRows.empty());
  }

  @Test
  void todayFollowsTheClocksTimeZone() {
    Clock lateEveningInNewYork =
        Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneId.of("America/New_York"));

    assertThat(Today.from(lateEveningInNewYork).date()).isEqualTo(LocalDate.of(2026, 4, 30));
  }
}
