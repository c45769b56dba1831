package com.accountgoals.core.goal;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A goal")
class GoalTest {

  @Test
  void aSummaryIsTrimmed() {
    assertThat(aBusinessGoal().summary("  Win the Bremen framework contract ").build().summary())
        .isEqualTo("Win the Bremen framework contract");
  }

  @Test
  void aSummaryLongerThanJiraAllowsIsRefusedNotCut() {
    assertThatThrownBy(() -> aBusinessGoal().summary("x".repeat(256)).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException problem = (InvalidValueException) e;
              assertThat(problem.messageKey()).isEqualTo("account-goals.goal.error.text-too-long");
              assertThat(problem.arguments()).containsExactly("255", "256");
            });
  }

  @Test
  void aSummaryOf255CharactersIsKept() {
    assertThat(aBusinessGoal().summary("ü".repeat(255)).build().summary()).hasSize(255);
  }

  @Test
  void aSummaryWithAControlCharacterIsRefused() {
    assertThatThrownBy(() -> aBusinessGoal().summary("Sell more\u0007 licences").build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.goal.error.text-control-character");
  }

  @Test
  void aBlankSummaryIsRefused() {
    assertThatThrownBy(() -> aBusinessGoal().summary("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.goal.error.summary-blank");
  }

  @Test
  void aGoalCannotSupportItself() {
    assertThatThrownBy(() -> aBusinessGoal().key("ACME-3").supports("ACME-1", "ACME-3").build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo("account-goals.goal.error.supports-itself");
  }

  @Test
  void theGoalsItSupportsAreSortedWithoutRepeats() {
    Goal goal = aBusinessGoal().supports("CORP-7", "ACME-1", "CORP-7").build();

    assertThat(goal.supports()).containsExactly(IssueKey.of("ACME-1"), IssueKey.of("CORP-7"));
  }

  @Test
  void twoGoalsItSupportsAreSortedWhateverOrderJiraReturnedThem() {
    Goal goal = aBusinessGoal().supports("CORP-7", "ACME-1").build();

    assertThat(goal.supports()).containsExactly(IssueKey.of("ACME-1"), IssueKey.of("CORP-7"));
  }

  @Test
  void theSameGoalSupportedTwiceCountsOnce() {
    Goal goal = aBusinessGoal().supports("CORP-7", "CORP-7").build();

    assertThat(goal.supports()).containsExactly(IssueKey.of("CORP-7"));
  }

  @Test
  void aGoalWithoutAnOwnerHasNone() {
    assertThat(aBusinessGoal().owner(null).build().hasOwner()).isFalse();
  }

  @Test
  void aBlankOwnerIsNoOwner() {
    assertThat(aBusinessGoal().owner("  ").build().hasOwner()).isFalse();
  }

  @Test
  void theVisionSupportsNoOtherGoal() {
    assertThat(aVision().build().supportsAnotherGoal()).isFalse();
  }

  @Test
  void aGoalDueOnTheLastDayOfTheQuarterIsDueWithinIt() {
    Goal goal = aBusinessGoal().due(LocalDate.of(2026, 12, 31)).build();

    assertThat(
            goal.isDueWithin(DateWindow.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))))
        .isTrue();
  }

  @Test
  void aGoalBelongsToTheProjectOfItsKeyOnly() {
    Goal goal = aBusinessGoal().key("ACME-3").build();

    assertThat(goal.belongsTo(ProjectKey.of("ACME"))).isTrue();
    assertThat(goal.belongsTo(ProjectKey.of("ACM"))).isFalse();
    assertThat(goal.belongsTo(ProjectKey.of("ACME2"))).isFalse();
  }

  @Test
  void aGoalDueInTheNextQuarterIsNotDueWithinThisOne() {
    Goal goal = aBusinessGoal().due(LocalDate.of(2027, 1, 1)).build();

    assertThat(
            goal.isDueWithin(DateWindow.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))))
        .isFalse();
  }

  @Nested
  @DisplayName("judged, not measured (a relationship goal)")
  class JudgedNotMeasured {

    private final LocalDate dueDate = LocalDate.of(2026, 12, 31);

    @Test
    void isUpcomingWhileOpenBeforeItsDueDate() {
      Goal goal = aRelationshipGoal().due(dueDate).build();

      assertThat(goal.outcomeOn(dueDate)).isEqualTo(Outcome.UPCOMING);
    }

    @Test
    void isOverdueWhileOpenAfterItsDueDate() {
      Goal goal = aRelationshipGoal().due(dueDate).build();

      assertThat(goal.outcomeOn(dueDate.plusDays(1))).isEqualTo(Outcome.OVERDUE);
    }

    @Test
    void isUndatedWhileOpenWithoutADueDate() {
      Goal goal = aRelationshipGoal().build();

      assertThat(goal.outcomeOn(dueDate)).isEqualTo(Outcome.UNDATED);
    }
  }
}
