package com.accountgoals.core.port;

import static com.accountgoals.core.fixtures.ActionBuilder.anAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.plan.RollingPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/** The port's contract and the plan agree: the rows loaded for the plan's window are enough. */
class InMemoryAccountRowSourceProperties {

  private static final ProjectKey ACME = ProjectKey.of("ACME");

  @Property
  void thePlanFromTheRowsLoadedForItsWindowIsThePlanFromAllRows(
      @ForAll("accounts") List<Action> actions, @ForAll("days") LocalDate date) {
    AccountRowSource source = InMemoryAccountRowSource.of(new AccountRows(List.of(), actions));

    List<Action> loaded = source.load(ACME, RollingPlan.windowFor(date)).actions();

    assertThat(RollingPlan.of(loaded, date)).isEqualTo(RollingPlan.of(actions, date));
  }

  /** Up to 40 actions with distinct keys, due around 2026 or undated, in any status. */
  @Provide
  Arbitrary<List<Action>> accounts() {
    Arbitrary<LocalDate> due =
        Dates.dates()
            .between(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 3, 31))
            .injectNull(0.15);
    Arbitrary<GoalStatus> status = Arbitraries.of(GoalStatus.class);
    Arbitrary<String> assignee = Arbitraries.of("anna.berger", "marco.rossi").injectNull(0.2);
    return Combinators.combine(due, status, assignee)
        .as(ActionSpec::new)
        .list()
        .ofMaxSize(40)
        .map(
            specs -> {
              List<Action> actions = new ArrayList<>(specs.size());
              for (int i = 0; i < specs.size(); i++) {
                ActionSpec spec = specs.get(i);
                actions.add(
                    anAction()
                        .key("ACME-" + (100 + i))
                        .due(spec.due())
                        .status(spec.status())
                        .assignee(spec.assignee())
                        .build());
              }
              return actions;
            });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Dates.dates().between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  }

  private record ActionSpec(LocalDate due, GoalStatus status, String assignee) {}
}
