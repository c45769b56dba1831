package com.accountgoals.core.alignment;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Alignment on accounts of up to a dozen goals linked at random (some links to keys nobody can see,
 * some goals closed), against the slow obvious answers.
 */
class AlignmentProperties {

  private static final ProjectKey ACME = ProjectKey.of("ACME");

  @Property
  void theFindingsAreTheSameWhateverTheOrderOfTheGoals(
      @ForAll("accounts") List<Goal> goals, @ForAll Random random) {
    List<Goal> shuffled = new ArrayList<>(goals);
    Collections.shuffle(shuffled, random);

    assertThat(AlignmentCheck.of(ACME, shuffled)).isEqualTo(AlignmentCheck.of(ACME, goals));
    assertThat(AlignmentCycles.in(byKey(shuffled))).isEqualTo(AlignmentCycles.in(byKey(goals)));
  }

  @Property
  void theCyclesAreTheGroupsOfTwoOrMoreGoalsThatReachEachOther(
      @ForAll("accounts") List<Goal> goals) {
    Map<IssueKey, Goal> byKey = byKey(goals);

    Set<Set<IssueKey>> found = new HashSet<>();
    for (List<IssueKey> cycle : AlignmentCycles.in(byKey)) {
      assertThat(cycle).doesNotHaveDuplicates();
      assertThat(cycle.get(0)).isEqualTo(Collections.min(cycle));
      found.add(Set.copyOf(cycle));
    }

    assertThat(found).isEqualTo(groupsReachingEachOther(byKey));
  }

  @Property
  void walkingFromTheGoalsThatMayCloseACycleFindsEveryCycle(@ForAll("accounts") List<Goal> goals) {
    Map<IssueKey, Goal> byKey = byKey(goals);
    List<IssueKey> starts =
        goals.stream()
            .filter(goal -> AlignmentCycles.mayCloseACycle(goal, byKey::get))
            .map(Goal::key)
            .toList();

    assertThat(AlignmentCycles.from(byKey, starts)).isEqualTo(AlignmentCycles.in(byKey));
  }

  @Property
  void theQuickAnswerAgreesWithTheFindings(
      @ForAll("accounts") List<Goal> goals, @ForAll boolean companyGoalsVisible) {
    Map<IssueKey, Goal> byKey = byKey(goals);
    for (Goal goal : goals) {
      assertThat(AlignmentRule.isAligned(goal, byKey::get, companyGoalsVisible))
          .isEqualTo(AlignmentRule.findingsOf(goal, byKey::get, companyGoalsVisible).isEmpty());
    }
  }

  /** The obvious, slow answer: who reaches whom, by following links from every goal. */
  private static Set<Set<IssueKey>> groupsReachingEachOther(Map<IssueKey, Goal> byKey) {
    Map<IssueKey, Set<IssueKey>> reaches = new LinkedHashMap<>();
    for (IssueKey start : byKey.keySet()) {
      Set<IssueKey> seen = new HashSet<>();
      List<IssueKey> todo = new ArrayList<>(byKey.get(start).supports());
      while (!todo.isEmpty()) {
        IssueKey next = todo.remove(todo.size() - 1);
        if (byKey.containsKey(next) && seen.add(next)) {
          todo.addAll(byKey.get(next).supports());
        }
      }
      reaches.put(start, seen);
    }
    Set<Set<IssueKey>> groups = new HashSet<>();
    for (IssueKey key : byKey.keySet()) {
      Set<IssueKey> group = new HashSet<>();
      for (IssueKey other : reaches.get(key)) {
        if (reaches.get(other).contains(key)) {
          group.add(other);
        }
      }
      if (group.size() > 1) {
        groups.add(Set.copyOf(group));
      }
    }
    return groups;
  }

  @Provide
  Arbitrary<List<Goal>> accounts() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(size -> goal(size).list().ofSize(size).map(AlignmentProperties::numbered));
  }

  private static Arbitrary<GoalBuilder> goal(int size) {
    return Combinators.combine(
            Arbitraries.of(GoalLevel.class),
            Arbitraries.of(GoalScope.class),
            Arbitraries.integers().between(1, size + 2).set().ofMaxSize(3),
            Arbitraries.of(true, true, true, false))
        .as(
            (level, scope, links, open) -> {
              GoalBuilder goal = aBusinessGoal().level(level).scope(scope);
              goal.supports(links.stream().map(n -> "ACME-" + n).toArray(String[]::new));
              return open ? goal : goal.done();
            });
  }

  /** Gives the goals the keys ACME-1, ACME-2, ..., dropping any link of a goal to itself. */
  private static List<Goal> numbered(List<GoalBuilder> builders) {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < builders.size(); i++) {
      String key = "ACME-" + (i + 1);
      Goal unkeyed = builders.get(i).key("ACME-999").build();
      String[] links =
          unkeyed.supports().stream()
              .map(IssueKey::value)
              .filter(link -> !link.equals(key))
              .toArray(String[]::new);
      goals.add(builders.get(i).key(key).supports(links).build());
    }
    return goals;
  }

  private static Map<IssueKey, Goal> byKey(List<Goal> goals) {
    Map<IssueKey, Goal> map = new LinkedHashMap<>();
    goals.forEach(g -> map.put(g.key(), g));
    return map;
  }
}
