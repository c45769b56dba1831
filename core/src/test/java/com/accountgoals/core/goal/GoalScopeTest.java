package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Alignment scopes: individual, team, company")
class GoalScopeTest {

  @Test
  void aTeamIsWiderThanAPerson() {
    assertThat(GoalScope.TEAM.isWiderThan(GoalScope.INDIVIDUAL)).isTrue();
  }

  @Test
  void aScopeIsNotWiderThanItself() {
    assertThat(GoalScope.TEAM.isWiderThan(GoalScope.TEAM)).isFalse();
  }

  @Test
  void aTeamIsNotWiderThanTheCompany() {
    assertThat(GoalScope.TEAM.isWiderThan(GoalScope.COMPANY)).isFalse();
  }
}
