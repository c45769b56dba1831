package com.accountgoals.core.alignment;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The alignment rule of one goal")
class AlignmentRuleTest {

  /** The ACME account's vision. */
  private static final Goal VISION = aVision().build();

  /** The company's goal, in the company-goals project CORP. */
  private static final Goal COMPANY_GOAL =
      aBusinessGoal()
          .key("CORP-7")
          .scope(GoalScope.COMPANY)
          .summary("Grow recurring revenue by 12 % across all key accounts")
          .supportsNothing()
          .build();

  private static Function<IssueKey, Goal> visible(Goal... goals) {
    Map<IssueKey, Goal> byKey = new HashMap<>();
    for (Goal goal : goals) {
      byKey.put(goal.key(), goal);
    }
    return byKey::get;
  }

  private static List<AlignmentFinding> findingsOf(Goal goal, Goal... visibleGoals) {
    return AlignmentRule.findingsOf(goal, visible(visibleGoals), false);
  }

  private static List<AlignmentProblem> problemsOf(Goal goal, Goal... visibleGoals) {
    return findingsOf(goal, visibleGoals).stream().map(AlignmentFinding::problem).toList();
  }

  @Nested
  @DisplayName("goals that must support something")
  class MustSupport {

    @Test
    void theVisionNeedsNoLink() {
      // Given the account's vision, which supports nothing
      Goal vision = aVision().build();

      // When / Then
      assertThat(findingsOf(vision)).isEmpty();
    }

    @Test
    void aBusinessGoalThatSupportsNothingIsNotAligned() {
      // Given "sell 25 % more of product A", linked to nothing
      Goal lonely = aBusinessGoal().supportsNothing().build();

      // When
      List<AlignmentFinding> findings = findingsOf(lonely, VISION);

      // Then
      assertThat(findings)
          .containsExactly(AlignmentFinding.of(AlignmentProblem.NOT_ALIGNED, lonely.key()));
    }

    @Test
    void aRelationshipGoalThatSupportsNothingIsNotAligned() {
      Goal lonely = aRelationshipGoal().supportsNothing().build();

      assertThat(problemsOf(lonely, VISION)).containsExactly(AlignmentProblem.NOT_ALIGNED);
    }

    @Test
    void aMilestoneThatSupportsNothingHasNoBusinessGoal() {
      Goal orphan = aMilestone().supportsNothing().build();

      assertThat(problemsOf(orphan, VISION))
          .containsExactly(AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL);
    }

    @Test
    void aMilestoneOfABusinessGoalIsAligned() {
      Goal business = aBusinessGoal().build();
      Goal milestone = aMilestone().supports("ACME-10").build();

      assertThat(findingsOf(milestone, VISION, business)).isEmpty();
    }

    @Test
    void aMilestoneUnderTheVisionHasNoBusinessGoal() {
      // Given "3 products in use by October", linked straight to the vision: a level up is fine,
      // but a milestone is a point on a business goal's way
      Goal milestone = aMilestone().supports("ACME-1").build();

      assertThat(problemsOf(milestone, VISION))
          .containsExactly(AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL);
    }
  }

  @Nested
  @DisplayName("links up the order, within a scope and across scopes")
  class InOrder {

    @Test
    void aTeamBusinessGoalSupportingTheVisionIsAligned() {
      assertThat(findingsOf(aBusinessGoal().supports("ACME-1").build(), VISION)).isEmpty();
    }

    @Test
    void skippingALevelUpwardIsFine() {
      // Given a milestone of a business goal that also supports the vision directly
      Goal business = aBusinessGoal().build();
      Goal milestone = aMilestone().supports("ACME-1", "ACME-10").build();

      assertThat(findingsOf(milestone, VISION, business)).isEmpty();
    }

    @Test
    void anIndividualsGoalSupportingATeamBusinessGoalIsAligned() {
      // Given Anna's own goal, "close 3 renewals in the DACH region", under the team's revenue goal
      Goal team = aBusinessGoal().build();
      Goal annas =
          aBusinessGoal()
              .key("ACME-31")
              .scope(GoalScope.INDIVIDUAL)
              .summary("Close 3 renewals in the DACH region")
              .supports("ACME-10")
              .build();

      assertThat(findingsOf(annas, VISION, team)).isEmpty();
    }

    @Test
    void aTeamGoalSupportingACompanyGoalInAnotherProjectIsAligned() {
      // Given the team's revenue goal under the company's growth goal in project CORP
      Goal team = aBusinessGoal().supports("CORP-7").build();

      assertThat(AlignmentRule.findingsOf(team, visible(VISION, COMPANY_GOAL), true)).isEmpty();
    }

    @Test
    void aTeamMilestoneSupportingACompanyBusinessGoalIsAligned() {
      Goal milestone = aMilestone().supports("CORP-7").build();

      assertThat(AlignmentRule.findingsOf(milestone, visible(COMPANY_GOAL), true)).isEmpty();
    }
  }

  @Nested
  @DisplayName("links against the order")
  class AgainstOrder {

    @Test
    void aBusinessGoalSupportingAnotherOfItsLevelAndScopeRunsSideways() {
      // Given "keep a 90 % retention rate" linked to "sell 25 % more of product A"
      Goal revenue = aBusinessGoal().build();
      Goal retention =
          aBusinessGoal()
              .key("ACME-12")
              .summary("Keep a 90 % retention rate next year")
              .supports("ACME-10")
              .build();

      // When
      List<AlignmentFinding> findings = findingsOf(retention, VISION, revenue);

      // Then
      assertThat(findings)
          .containsExactly(
              AlignmentFinding.ofLink(
                  AlignmentProblem.LINK_AGAINST_ORDER, retention.key(), revenue.key()));
    }

    @Test
    void aBusinessGoalSupportingAMilestoneRunsDownward() {
      Goal milestone = aMilestone().build();
      Goal business = aBusinessGoal().key("ACME-12").supports("ACME-11").build();

      assertThat(problemsOf(business, milestone))
          .containsExactly(AlignmentProblem.LINK_AGAINST_ORDER);
    }

    @Test
    void aTeamGoalSupportingAnIndividualsGoalRunsDownward() {
      // Given a team goal linked under Anna's personal vision-level goal: higher level, narrower
      // scope
      Goal annas =
          aRelationshipGoal()
              .key("ACME-40")
              .scope(GoalScope.INDIVIDUAL)
              .level(GoalLevel.VISION)
              .build();
      Goal team = aBusinessGoal().supports("ACME-40").build();

      assertThat(problemsOf(team, annas)).containsExactly(AlignmentProblem.LINK_AGAINST_ORDER);
    }

    @Test
    void aTeamBusinessGoalSupportingACompanyMilestoneIsAgainstTheOrder() {
      // A milestone carries no goal, whatever its scope
      Goal companyMilestone =
          aMilestone().key("CORP-8").scope(GoalScope.COMPANY).supports("CORP-7").build();
      Goal team = aBusinessGoal().supports("CORP-8").build();

      assertThat(problemsOf(team, companyMilestone))
          .containsExactly(AlignmentProblem.LINK_AGAINST_ORDER);
    }

    @Test
    void aTeamBusinessGoalSupportingACompanyBusinessGoalOfTheSameLevelIsInOrder() {
      Goal team = aBusinessGoal().supports("CORP-7").build();

      assertThat(AlignmentRule.isInOrder(team, COMPANY_GOAL)).isTrue();
    }

    @Test
    void eachLinkAgainstTheOrderIsOneFindingNamingTheSupportedGoal() {
      Goal retention = aBusinessGoal().key("ACME-12").build();
      Goal crossSell = aBusinessGoal().key("ACME-13").build();
      Goal revenue = aBusinessGoal().supports("ACME-12", "ACME-13").build();

      assertThat(findingsOf(revenue, retention, crossSell))
          .extracting(AlignmentFinding::arguments)
          .containsExactly(
              List.of(key("ACME-10"), key("ACME-12")), List.of(key("ACME-10"), key("ACME-13")));
    }
  }

  @Nested
  @DisplayName("links the user cannot follow")
  class Invisible {

    @Test
    void aLinkToAGoalTheUserCannotSeeIsAFindingNamingTheMissingKey() {
      // Given a link to CORP-99, which the user cannot see (or which does not exist)
      Goal goal = aBusinessGoal().supports("CORP-99").build();

      // When
      List<AlignmentFinding> findings = findingsOf(goal, VISION);

      // Then
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.problem()).isEqualTo(AlignmentProblem.SUPPORTED_GOAL_UNKNOWN);
                assertThat(f.goal()).isEqualTo(goal.key());
                assertThat(f.arguments()).containsExactly(key("ACME-10"), key("CORP-99"));
                assertThat(f.messageKey())
                    .isEqualTo("account-goals.alignment.finding.supported-goal-unknown");
              });
    }

    @Test
    void aVisibleLinkBesideAnInvisibleOneStillCounts() {
      Goal goal = aBusinessGoal().supports("ACME-1", "CORP-99").build();

      assertThat(problemsOf(goal, VISION)).containsExactly(AlignmentProblem.SUPPORTED_GOAL_UNKNOWN);
    }
  }

  @Nested
  @DisplayName("team goals that skip the company's")
  class CompanyGoalSkipped {

    @Test
    void aTeamBusinessGoalSupportingOnlyTheVisionWhileCompanyGoalsExistSkipsThem() {
      Goal team = aBusinessGoal().supports("ACME-1").build();

      assertThat(AlignmentRule.findingsOf(team, visible(VISION, COMPANY_GOAL), true))
          .containsExactly(AlignmentFinding.of(AlignmentProblem.COMPANY_GOAL_SKIPPED, team.key()));
    }

    @Test
    void aTeamBusinessGoalSupportingOnlyTheVisionIsAlignedWhenThereAreNoCompanyGoals() {
      Goal team = aBusinessGoal().supports("ACME-1").build();

      assertThat(AlignmentRule.findingsOf(team, visible(VISION), false)).isEmpty();
    }

    @Test
    void aTeamBusinessGoalSupportingTheVisionAndACompanyGoalSkipsNothing() {
      Goal team = aBusinessGoal().supports("ACME-1", "CORP-7").build();

      assertThat(AlignmentRule.findingsOf(team, visible(VISION, COMPANY_GOAL), true)).isEmpty();
    }

    @Test
    void anIndividualsGoalSupportingTheTeamVisionSkipsNothing() {
      Goal annas = aBusinessGoal().scope(GoalScope.INDIVIDUAL).supports("ACME-1").build();

      assertThat(AlignmentRule.findingsOf(annas, visible(VISION, COMPANY_GOAL), true)).isEmpty();
    }
  }

  @Nested
  @DisplayName("the quick answer")
  class QuickAnswer {

    @Test
    void anAlignedGoalGetsTheSharedEmptyList() {
      Goal goal = aBusinessGoal().build();

      assertThat(AlignmentRule.findingsOf(goal, visible(VISION), false)).isSameAs(List.of());
    }

    @Test
    void isAlignedIsFalseExactlyWhenThereAreFindings() {
      Goal aligned = aBusinessGoal().build();
      Goal sideways = aBusinessGoal().key("ACME-12").supports("ACME-10").build();
      Function<IssueKey, Goal> goals = visible(VISION, aligned, sideways);

      assertThat(AlignmentRule.isAligned(aligned, goals, false)).isTrue();
      assertThat(AlignmentRule.isAligned(sideways, goals, false)).isFalse();
    }
  }

  private static Argument key(String value) {
    return Argument.key(IssueKey.of(value));
  }
}
