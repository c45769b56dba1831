package com.accountgoals.core.alignment;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.message.Argument;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The alignment check of an account")
class AlignmentCheckTest {

  private static final ProjectKey ACME = ProjectKey.of("ACME");
  private static final Goal VISION = aVision().build();
  private static final Goal COMPANY_GOAL =
      aBusinessGoal()
          .key("CORP-7")
          .scope(GoalScope.COMPANY)
          .summary("Grow recurring revenue by 12 % across all key accounts")
          .supportsNothing()
          .build();

  @Test
  void anAccountLinkedFromMilestoneToVisionHasNoFindings() {
    // Given vision, relationship goal, business goal and its milestone, each linked upward
    List<Goal> goals =
        List.of(VISION, aRelationshipGoal().build(), aBusinessGoal().build(), aMilestone().build());

    // When / Then
    assertThat(AlignmentCheck.of(ACME, goals)).isEmpty();
  }

  @Test
  void anAccountWithoutGoalsHasNoFindings() {
    assertThat(AlignmentCheck.of(ACME, List.of())).isEmpty();
  }

  @Test
  void anAccountWhoseTeamGoalsSupportTheCompanysHasNoFindings() {
    List<Goal> goals =
        List.of(
            VISION, COMPANY_GOAL, aBusinessGoal().supports("CORP-7").build(), aMilestone().build());

    assertThat(AlignmentCheck.of(ACME, goals)).isEmpty();
  }

  @Nested
  @DisplayName("which goals are checked")
  class WhichGoals {

    @Test
    void goalsOfOtherProjectsAreContextNeverFindings() {
      // Given a company goal in CORP that supports nothing: the company's business, not ACME's
      Goal lonelyCompanyGoal = aBusinessGoal().key("CORP-9").supportsNothing().build();

      assertThat(AlignmentCheck.of(ACME, List.of(VISION, lonelyCompanyGoal))).isEmpty();
    }

    @Test
    void closedGoalsAreNotChecked() {
      Goal done = aBusinessGoal().key("ACME-10").supportsNothing().done().build();
      Goal dropped = aBusinessGoal().key("ACME-12").supportsNothing().dropped().build();

      assertThat(AlignmentCheck.of(ACME, List.of(VISION, done, dropped))).isEmpty();
    }

    @Test
    void aCompanyGoalOnlyVisibleMakesATeamGoalUnderTheVisionAFinding() {
      Goal team = aBusinessGoal().supports("ACME-1").build();

      assertThat(AlignmentCheck.of(ACME, List.of(VISION, COMPANY_GOAL, team)))
          .extracting(AlignmentFinding::problem)
          .containsExactly(AlignmentProblem.COMPANY_GOAL_SKIPPED);
    }

    @Test
    void aClosedCompanyGoalDoesNotCountAsOneToSupport() {
      Goal closedCompanyGoal =
          aBusinessGoal().key("CORP-7").scope(GoalScope.COMPANY).done().build();
      Goal team = aBusinessGoal().supports("ACME-1").build();

      assertThat(AlignmentCheck.of(ACME, List.of(VISION, closedCompanyGoal, team))).isEmpty();
    }
  }

  @Nested
  @DisplayName("the order of the findings")
  class Order {

    @Test
    void findingsComeByGoalKeyThenByProblemWithCyclesLast() {
      // Given ACME-9 and ACME-12 support each other (sideways both ways: a cycle), ACME-10
      // supports nothing and ACME-11 is a milestone with an invisible link
      List<Goal> goals =
          List.of(
              aBusinessGoal().key("ACME-12").supports("ACME-9").build(),
              aMilestone().key("ACME-11").supports("ACME-99").build(),
              aBusinessGoal().key("ACME-10").supportsNothing().build(),
              aBusinessGoal().key("ACME-9").supports("ACME-12").build(),
              VISION);

      // When
      List<AlignmentFinding> findings = AlignmentCheck.of(ACME, goals);

      // Then
      assertThat(findings)
          .extracting(f -> f.goal().value() + " " + f.problem())
          .containsExactly(
              "ACME-9 LINK_AGAINST_ORDER",
              "ACME-10 NOT_ALIGNED",
              "ACME-11 MILESTONE_WITHOUT_BUSINESS_GOAL",
              "ACME-11 SUPPORTED_GOAL_UNKNOWN",
              "ACME-12 LINK_AGAINST_ORDER",
              "ACME-9 CYCLE");
    }

    @Test
    void aCycleIsOneFindingWithItsKeysInLinkOrderAsOneArgument() {
      // Given three business goals that support each other in a ring
      List<Goal> goals =
          List.of(
              aBusinessGoal().key("ACME-12").supports("ACME-13").build(),
              aBusinessGoal().key("ACME-13").supports("ACME-11").build(),
              aBusinessGoal().key("ACME-11").supports("ACME-12").build());

      // When
      List<AlignmentFinding> cycles =
          AlignmentCheck.of(ACME, goals).stream().filter(AlignmentFinding::isCycle).toList();

      // Then
      assertThat(cycles)
          .singleElement()
          .satisfies(
              cycle -> {
                assertThat(cycle.goal()).isEqualTo(IssueKey.of("ACME-11"));
                assertThat(cycle.arguments())
                    .containsExactly(
                        Argument.keys(
                            List.of(
                                IssueKey.of("ACME-11"),
                                IssueKey.of("ACME-12"),
                                IssueKey.of("ACME-13"))));
                assertThat(cycle.messageKey()).isEqualTo("account-goals.alignment.finding.cycle");
              });
    }

    @Test
    void aCycleAmongGoalsOfOtherProjectsOnlyIsNotTheAccountsFinding() {
      List<Goal> goals =
          List.of(
              VISION,
              aBusinessGoal().key("CORP-1").supports("CORP-2").build(),
              aBusinessGoal().key("CORP-2").supports("CORP-1").build());

      assertThat(AlignmentCheck.of(ACME, goals)).isEmpty();
    }
  }
}
