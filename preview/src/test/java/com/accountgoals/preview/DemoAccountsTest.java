package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.trafficlight.Colour;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The demo accounts")
class DemoAccountsTest {

  private final DemoAccounts samples = DemoAccounts.of(PreviewOptions.anyPort());

  @Nested
  @DisplayName("the sample accounts")
  class Samples {

    @Test
    void areCoresFourNamedAccountsInOrder() {
      assertThat(samples.all())
          .extracting(a -> a.project().value())
          .containsExactly("ACME", "VOLTA", "NORD", "BRIGHT");
      assertThat(samples.first().project()).isEqualTo(ProjectKey.of("ACME"));
    }

    @Test
    void coverEveryGoalLevelAndEveryColourOfFactor() {
      Set<GoalLevel> levels =
          samples.all().stream()
              .flatMap(a -> a.rows().goals().stream())
              .map(Goal::level)
              .collect(Collectors.toSet());
      Set<Colour> colours =
          samples.all().stream()
              .flatMap(a -> a.rows().goals().stream())
              .flatMap(g -> g.trafficLight().factors().stream())
              .map(f -> f.colour())
              .collect(Collectors.toSet());

      assertThat(levels).isEqualTo(EnumSet.allOf(GoalLevel.class));
      assertThat(colours).isEqualTo(EnumSet.allOf(Colour.class));
    }

    @Test
    void giveAccessToTheirProjectsAndThoseOfTheGoalsTheySupportOnly() {
      assertThat(samples.has(ProjectKey.of("NORD"))).isTrue();
      assertThat(samples.has(ProjectKey.of("CORP"))).isTrue();
      assertThat(samples.account(ProjectKey.of("CORP")).orElseThrow().project())
          .isEqualTo(ProjectKey.of("NORD"));
      assertThat(samples.has(ProjectKey.of("GEN"))).isFalse();
      assertThat(samples.account(ProjectKey.of("SECRET"))).isEmpty();
    }

    @Test
    void findEveryGoalOfEveryAccountByItsKey() {
      assertThat(samples.goal(IssueKey.of("ACME-7")))
          .hasValueSatisfying(
              g -> assertThat(g.summary()).startsWith("Cut days sales outstanding"));
      assertThat(samples.all().stream().flatMap(a -> a.rows().goals().stream()))
          .allSatisfy(g -> assertThat(samples.goal(g.key())).hasValue(g));
      assertThat(samples.goal(IssueKey.of("ACME-999"))).isEmpty();
      assertThat(samples.goal(IssueKey.of("GEN-1"))).isEmpty();
    }

    @Test
    void putEveryAccountsOwnRowsIntoTheOneRowSource() {
      for (SampleAccount account : samples.all()) {
        assertThat(samples.rows().load(account.project(), account.currentQuarter().days()).goals())
            .containsAll(
                account.rows().goals().stream()
                    .filter(g -> g.belongsTo(account.project()))
                    .toList());
      }
    }
  }

  @Nested
  @DisplayName("the test data")
  class Tests {

    @Test
    void areAnAccountWithMarkupAndOneWithoutGoalsListedApart() {
      List<String> projects = samples.testData().stream().map(a -> a.project().value()).toList();

      assertThat(projects).containsExactly("MARKUP", "EMPTY");
      assertThat(samples.all()).doesNotContainAnyElementsOf(samples.testData());
      assertThat(samples.account(ProjectKey.of("EMPTY")).orElseThrow().rows().goals()).isEmpty();
    }

    @Test
    void holdMarkupInSummariesFactorsReasonsOwnersUnitsAndActions() {
      SampleAccount markup = samples.account(ProjectKey.of("MARKUP")).orElseThrow();
      Goal goal = samples.goal(IssueKey.of("MARKUP-2")).orElseThrow();

      assertThat(goal.summary()).contains(TestData.IMG, TestData.SCRIPT);
      assertThat(goal.owner()).contains(TestData.IMG);
      assertThat(goal.trafficLight().factors())
          .allSatisfy(f -> assertThat(f.text()).contains(TestData.IMG));
      assertThat(goal.metric().targetChanges())
          .singleElement()
          .satisfies(c -> assertThat(c.reason()).contains(TestData.SCRIPT));
      assertThat(markup.rows().actions())
          .hasSize(2)
          .allSatisfy(a -> assertThat(a.summary()).contains(TestData.IMG));
      assertThat(samples.rows().load(markup.project(), markup.currentQuarter().days()).goals())
          .hasSize(3);
    }
  }

  @Nested
  @DisplayName("with --size")
  class Generated {

    @Test
    void addsTheAccountGenWithExactlyThatManyGoalsAndMilestones() {
      DemoAccounts accounts = DemoAccounts.of(PreviewOptions.anyPort().withSize(1_000));

      SampleAccount gen = accounts.account(ProjectKey.of("GEN")).orElseThrow();
      assertThat(gen.rows().goals()).hasSize(1_000);
      assertThat(gen.rows().actions()).hasSize(100);
      assertThat(accounts.all()).hasSize(5).last().isEqualTo(gen);
    }

    @Test
    void isTheSameForTheSameSize() {
      assertThat(DemoAccounts.generated(300).rows()).isEqualTo(DemoAccounts.generated(300).rows());
    }
  }
}
