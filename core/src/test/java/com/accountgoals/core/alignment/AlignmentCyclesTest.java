package com.accountgoals.core.alignment;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Cycles in alignment links")
class AlignmentCyclesTest {

  @Nested
  @DisplayName("what counts as a cycle")
  class WhatCounts {

    @Test
    void aRingIsReportedOnceStartingWithTheSmallestKey() {
      Map<IssueKey, Goal> goals =
          byKey(
              aBusinessGoal().key("ACME-12").supports("ACME-13").build(),
              aBusinessGoal().key("ACME-13").supports("ACME-11").build(),
              aBusinessGoal().key("ACME-11").supports("ACME-12").build());

      assertThat(AlignmentCycles.in(goals)).containsExactly(keys("ACME-11", "ACME-12", "ACME-13"));
    }

    @Test
    void goalsLeadingIntoACycleAreNotPartOfIt() {
      Map<IssueKey, Goal> goals =
          byKey(
              aMilestone().key("ACME-20").supports("ACME-11").build(),
              aBusinessGoal().key("ACME-11").supports("ACME-12").build(),
              aBusinessGoal().key("ACME-12").supports("ACME-11").build());

      assertThat(AlignmentCycles.in(goals)).containsExactly(keys("ACME-11", "ACME-12"));
    }

    @Test
    void goalsThatReachEachOtherByTwoRingsAreOneCycleListedInLinkOrder() {
      // ACME-11 → ACME-12 → ACME-11 and ACME-11 → ACME-13 → ACME-11: one knot, one finding
      Map<IssueKey, Goal> goals =
          byKey(
              aBusinessGoal().key("ACME-11").supports("ACME-12", "ACME-13").build(),
              aBusinessGoal().key("ACME-12").supports("ACME-11").build(),
              aBusinessGoal().key("ACME-13").supports("ACME-11").build());

      assertThat(AlignmentCycles.in(goals)).containsExactly(keys("ACME-11", "ACME-12", "ACME-13"));
    }

    @Test
    void twoSeparateRingsAreTwoCyclesSortedByTheirFirstKey() {
      Map<IssueKey, Goal> goals =
          byKey(
              aBusinessGoal().key("ACME-30").supports("ACME-31").build(),
              aBusinessGoal().key("ACME-31").supports("ACME-30").build(),
              aBusinessGoal().key("ACME-11").supports("ACME-12").build(),
              aBusinessGoal().key("ACME-12").supports("ACME-11").build());

      assertThat(AlignmentCycles.in(goals))
          .containsExactly(keys("ACME-11", "ACME-12"), keys("ACME-30", "ACME-31"));
    }

    @Test
    void twoGoalsSupportingTheSameGoalAreNoCycle() {
      Map<IssueKey, Goal> goals =
          byKey(
              aVision().build(),
              aBusinessGoal().key("ACME-11").supports("ACME-1").build(),
              aBusinessGoal().key("ACME-12").supports("ACME-1", "ACME-11").build());

      assertThat(AlignmentCycles.in(goals)).isEmpty();
    }

    @Test
    void linksToGoalsNotGivenAreIgnored() {
      Map<IssueKey, Goal> goals = byKey(aBusinessGoal().key("ACME-11").supports("CORP-99").build());

      assertThat(AlignmentCycles.in(goals)).isEmpty();
    }
  }

  @Nested
  @DisplayName("long chains")
  class LongChains {

    @Test
    void aChainOf100000GoalsIsWalkedWithoutFindingACycle() {
      List<Goal> chain = new ArrayList<>();
      chain.add(aVision().build());
      for (int i = 2; i <= 100_000; i++) {
        chain.add(aBusinessGoal().key("ACME-" + i).supports("ACME-" + (i - 1)).build());
      }

      assertThat(AlignmentCycles.in(byKey(chain))).isEmpty();
    }

    @Test
    void aRingOf100000GoalsIsOneCycleWithoutOverflowingTheStack() {
      int size = 100_000;
      List<Goal> ring = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        ring.add(aBusinessGoal().key("ACME-" + i).supports("ACME-" + (i % size + 1)).build());
      }

      List<List<IssueKey>> cycles = AlignmentCycles.in(byKey(ring));

      assertThat(cycles).singleElement().satisfies(c -> assertThat(c).hasSize(size));
      assertThat(cycles.get(0).subList(0, 3)).isEqualTo(keys("ACME-1", "ACME-2", "ACME-3"));
    }
  }

  @Nested
  @DisplayName("walking only from the links that may close a cycle")
  class FromLinksAgainstTheOrder {

    @Test
    void aLinkUpTheOrderCannotCloseACycle() {
      Goal vision = aVision().build();
      Goal business = aBusinessGoal().supports("ACME-1").build();

      assertThat(AlignmentCycles.mayCloseACycle(business, byKey(vision, business)::get)).isFalse();
    }

    @Test
    void aSidewaysLinkMayCloseACycle() {
      Goal first = aBusinessGoal().key("ACME-11").build();
      Goal second = aBusinessGoal().key("ACME-12").supports("ACME-11").build();

      assertThat(AlignmentCycles.mayCloseACycle(second, byKey(first, second)::get)).isTrue();
    }

    @Test
    void walkingFromTheGoalsThatMayCloseACycleFindsTheCycleThroughTheVision() {
      // The vision supports a milestone (downward), which supports its goal, which supports the
      // vision: only the vision's link is against the order
      Map<IssueKey, Goal> goals =
          byKey(
              aVision().supports("ACME-20").build(),
              aBusinessGoal().key("ACME-10").supports("ACME-1").build(),
              aMilestone().key("ACME-20").supports("ACME-10").build());
      List<IssueKey> starts =
          goals.values().stream()
              .filter(goal -> AlignmentCycles.mayCloseACycle(goal, goals::get))
              .map(Goal::key)
              .toList();

      assertThat(starts).containsExactly(IssueKey.of("ACME-1"));
      assertThat(AlignmentCycles.from(goals, starts))
          .containsExactly(keys("ACME-1", "ACME-20", "ACME-10"));
    }
  }

  static Map<IssueKey, Goal> byKey(Goal... goals) {
    return byKey(Arrays.asList(goals));
  }

  static Map<IssueKey, Goal> byKey(List<Goal> goals) {
    Map<IssueKey, Goal> map = new LinkedHashMap<>();
    goals.forEach(g -> map.put(g.key(), g));
    return map;
  }

  static List<IssueKey> keys(String... keys) {
    return Arrays.stream(keys).map(IssueKey::of).toList();
  }
}
