package com.accountgoals.core.goal;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
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
  void aGoalBelongsToTheProjectOfItsKeyOnly() {
    Goal goal = aBusinessGoal().key("ACME-3").build();

    assertThat(goal.belongsTo(ProjectKey.of("ACME"))).isTrue();
    assertThat(goal.belongsTo(ProjectKey.of("ACM"))).isFalse();
    assertThat(goal.belongsTo(ProjectKey.of("ACME2"))).isFalse();
  }
}
