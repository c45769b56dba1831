package com.accountgoals.core.alignment;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aRelationshipGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlignmentCheckTest {

  private static final Goal VISION = aVision().build();

  @Test
  void anAccountLinkedFromMilestoneToVisionHasNoFindings() {
    List<Goal> goals =
        List.of(VISION, aRelationshipGoal().build(), aBusinessGoal().build(), aMilestone().build());

    assertThat(AlignmentCheck.of(goals)).isEmpty();
  }

  @Nested
  @DisplayName("goals that support nothing above them")
  class Unaligned {

    @Test
    void aBusinessGoalWithoutLinkIsNotAligned() {
      Goal lonely = aBusinessGoal().supportsNothing().build();

      assertThat(AlignmentCheck.of(List.of(VISION, lonely)))
          .containsExactly(finding(AlignmentProblem.NOT_ALIGNED, "ACME-10"));
    }

    @Test
    void theVisionNeedsNoLink() {
      assertThat(AlignmentCheck.of(List.of(VISION))).isEmpty();
    }

    @Test
    void aGoalLinkedToAGoalOutsideTheAccountIsReported() {
      Goal elsewhere = aBusinessGoal().supports("OTHER-3").build();

      assertThat(AlignmentCheck.of(List.of(VISION, elsewhere)))
          .containsExactly(finding(AlignmentProblem.SUPPORTED_GOAL_UNKNOWN, "ACME-10"));
    }

    @Test
    void aBusinessGoalSupportingAnotherBusinessGoalIsNotAbove() {
      Goal first = aBusinessGoal().key("ACME-10").build();
      Goal second = aBusinessGoal().key("ACME-11").supports("ACME-10").build();

      assertThat(AlignmentCheck.of(List.of(VISION, first, second)))
          .containsExactly(finding(AlignmentProblem.SUPPORTED_GOAL_NOT_ABOVE, "ACME-11"));
    }
  }

  @Nested
  @DisplayName("milestones")
  class Milestones {

    @Test
    void aMilestoneWithoutLinkHasNoBusinessGoal() {
      Goal orphan = aMilestone().key("ACME-20").supportsNothing().build();

      assertThat(AlignmentCheck.of(List.of(VISION, orphan)))
          .containsExactly(finding(AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL, "ACME-20"));
    }

    @Test
    void aMilestoneUnderTheVisionHasNoBusinessGoal() {
      Goal skipping = aMilestone().key("ACME-20").supports("ACME-1").build();

      assertThat(AlignmentCheck.of(List.of(VISION, skipping)))
          .containsExactly(finding(AlignmentProblem.MILESTONE_WITHOUT_BUSINESS_GOAL, "ACME-20"));
    }
  }

  @Nested
  @DisplayName("cycles")
  class Cycles {

    @Test
    void aCycleIsReportedOnceStartingWithTheSmallestKey() {
      Goal a = aBusinessGoal().key("ACME-12").supports("ACME-13").build();
      Goal b = aBusinessGoal().key("ACME-13").supports("ACME-11").build();
      Goal c = aBusinessGoal().key("ACME-11").supports("ACME-12").build();

      List<AlignmentFinding> findings = AlignmentCheck.of(List.of(a, b, c));

      assertThat(findings)
          .filteredOn(f -> f.problem() == AlignmentProblem.CYCLE)
          .singleElement()
          .extracting(AlignmentFinding::goals)
          .isEqualTo(keys("ACME-11", "ACME-12", "ACME-13"));
    }

    @Test
    void aCycleNamesItsGoalsInLinkOrderAsTheMessageArgument() {
      AlignmentFinding cycle =
          new AlignmentFinding(AlignmentProblem.CYCLE, keys("ACME-11", "ACME-12", "ACME-13"));

      assertThat(cycle.arguments()).containsExactly("ACME-11 → ACME-12 → ACME-13");
      assertThat(cycle.messageKey()).isEqualTo("account-goals.alignment.finding.cycle");
    }

    @Test
    void goalsLeadingIntoACycleAreNotPartOfIt() {
      Goal a = aBusinessGoal().key("ACME-11").supports("ACME-12").build();
      Goal b = aBusinessGoal().key("ACME-12").supports("ACME-11").build();
      Goal feeder = aMilestone().key("ACME-20").supports("ACME-11").build();

      assertThat(AlignmentCycles.in(byKey(List.of(feeder, a, b))))
          .containsExactly(keys("ACME-11", "ACME-12"));
    }

    @Test
    void aLongChainWithoutCycleIsWalkedWithoutFindingOne() {
      List<Goal> chain = new ArrayList<>();
      chain.add(VISION);
      for (int i = 2; i <= 10_000; i++) {
        chain.add(
            aBusinessGoal()
                .key("ACME-" + i)
                .level(GoalLevel.BUSINESS)
                .supports("ACME-" + (i - 1))
                .build());
      }

      assertThat(AlignmentCycles.in(byKey(chain))).isEmpty();
    }
  }

  private static AlignmentFinding finding(AlignmentProblem problem, String key) {
    return new AlignmentFinding(problem, List.of(IssueKey.of(key)));
  }

  private static List<IssueKey> keys(String... keys) {
    return java.util.Arrays.stream(keys).map(IssueKey::of).toList();
  }

  private static java.util.Map<IssueKey, Goal> byKey(List<Goal> goals) {
    java.util.Map<IssueKey, Goal> map = new java.util.LinkedHashMap<>();
    goals.forEach(g -> map.put(g.key(), g));
    return map;
  }
}
