package com.accountgoals.core.port;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.quarter.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAccountRowSourceTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");
  private static final DateWindow MAY_TO_JULY =
      DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));

  @Test
  void returnsEveryGoalOfTheProjectWhateverItsDate() {
    Goal old = aBusinessGoal().key("ACME-3").due(LocalDate.of(2020, 1, 1)).done().build();
    Goal other = aBusinessGoal().key("BETA-3").build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(new AccountRows(List.of(old, other), List.of()));

    assertThat(source.load(ACME, MAY_TO_JULY).goals()).containsExactly(old);
  }

  @Test
  void returnsActionsDueInTheWindowAndOpenOnesFromBeforeOrWithoutDate() {
    Action inWindow = anAction().key("ACME-101").due(LocalDate.of(2026, 6, 1)).build();
    Action openBefore = anAction().key("ACME-102").due(LocalDate.of(2026, 3, 1)).build();
    Action doneBefore = anAction().key("ACME-103").due(LocalDate.of(2026, 3, 1)).done().build();
    Action after = anAction().key("ACME-104").due(LocalDate.of(2026, 9, 1)).build();
    Action undated = anAction().key("ACME-105").noDueDate().build();
    AccountRowSource source =
        InMemoryAccountRowSource.of(
            new AccountRows(List.of(), List.of(inWindow, openBefore, doneBefore, after, undated)));

    assertThat(source.load(ACME, MAY_TO_JULY).actions())
        .containsExactly(inWindow, openBefore, undated);
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
