package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.board;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.qbr.QbrBoard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Alignment has a scope: individual, team, company, and the supported goal may be elsewhere")
class AlignmentHasAScopeTest {

  private final QbrBoard board =
      board(
          aVision().build(),
          aRelationshipGoal().key("ACME-2").supports("ACME-1").build(),
          aBusinessGoal()
              .key("CORP-4")
              .summary("Grow revenue with mid-sized industry by 15 %")
              .scope(GoalScope.COMPANY)
              .supportsNothing()
              .build(),
          aBusinessGoal()
              .key("ACME-3")
              .summary("Sell 25 % more of product A to Acme")
              .scope(GoalScope.TEAM)
              .supports("ACME-1", "CORP-4")
              .build(),
          aBusinessGoal()
              .key("ACME-5")
              .summary("Anna: 12 demos of product A at Acme plants")
              .scope(GoalScope.INDIVIDUAL)
              .owner("anna.berger")
              .supports("ACME-3")
              .build(),
          aMilestone()
              .key("ACME-9")
              .summary("6 demos done by the end of September")
              .supports("ACME-5")
              .build(),
          aBusinessGoal()
              .key("ACME-6")
              .summary("Marco: renew the Linz service contract")
              .scope(GoalScope.INDIVIDUAL)
              .owner("marco.rossi")
              .supports("ACME-5")
              .build(),
          aBusinessGoal()
              .key("ACME-7")
              .summary("Cut days sales outstanding at Acme to 45")
              .scope(GoalScope.TEAM)
              .supports("ACME-1")
              .build(),
          aBusinessGoal()
              .key("ACME-8")
              .summary("Win the framework contract for the Linz plant")
              .scope(GoalScope.TEAM)
              .supports("ACME-3", "OTHER-9")
              .build());

  private AlignmentFinding findingOf(String key) {
    return board.findings().alignment().shown().stream()
        .filter(f -> f.goal().equals(IssueKey.of(key)))
        .findFirst()
        .orElse(null);
  }

  @Test
  void anIndividualsGoalSupportingATeamGoalIsAligned() {
    assertThat(findingOf("ACME-5")).isNull();
  }

  @Test
  void aMilestoneOfAnIndividualsGoalIsAlignedWhateverItsOwnScope() {
    assertThat(findingOf("ACME-9")).isNull();
  }

  @Test
  void aTeamGoalSupportingACompanyGoalInAnotherProjectIsAligned() {
    assertThat(findingOf("ACME-3")).isNull();
  }

  @Test
  void aLinkSidewaysOnTheSameLevelAndScopeBreaksTheOrder() {
    assertThat(findingOf("ACME-6").problem()).isEqualTo(AlignmentProblem.LINK_AGAINST_ORDER);
  }

  @Test
  void aTeamGoalSupportingOnlyTheVisionWhileCompanyGoalsExistIsAFinding() {
    assertThat(findingOf("ACME-7").problem()).isEqualTo(AlignmentProblem.COMPANY_GOAL_SKIPPED);
  }

  @Test
  void aLinkToNothingTheUserCanSeeIsAFindingWithBothKeysAsArguments() {
    AlignmentFinding finding = findingOf("ACME-8");

    assertThat(finding.problem()).isEqualTo(AlignmentProblem.SUPPORTED_GOAL_UNKNOWN);
    assertThat(finding.arguments())
        .containsExactly(Argument.key(IssueKey.of("ACME-8")), Argument.key(IssueKey.of("OTHER-9")));
  }

  @Test
  void goalsOutsideTheAccountAreContextNotCounted() {
    assertThat(findingOf("CORP-4")).isNull();
    assertThat(board.levels().get(GoalLevel.BUSINESS.ordinal()).total()).isEqualTo(5);
  }
}
