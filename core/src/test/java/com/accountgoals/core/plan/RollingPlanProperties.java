package com.accountgoals.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class RollingPlanProperties {

  @Property
  void thePlanDoesNotDependOnTheOrderOfTheActions(
      @ForAll("accounts") List<Action> actions,
      @ForAll("days") LocalDate date,
      @ForAll @IntRange(min = 0, max = 20) int limit,
      @ForAll long seed) {
    List<Action> shuffled = new ArrayList<>(actions);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(RollingPlan.of(shuffled, date, limit))
        .isEqualTo(RollingPlan.of(actions, date, limit));
  }

  @Property
  void anActionIsCarriedOverExactlyWhenItIsOpenAndItsDueDateHasPassed(
      @ForAll("accounts") List<Action> actions, @ForAll("days") LocalDate date) {
    RollingPlan plan = RollingPlan.of(actions, date);

    for (PlannedAction planned : plan.detail()) {
      Action action = planned.action();
      assertThat(planned.carriedOver())
          .isEqualTo(action.isOpen() && action.dueDate().isBefore(date));
    }
    assertThat(plan.carriedOver())
        .isEqualTo(
            actions.stream()
                .filter(a -> a.isOpen() && a.hasDueDate() && a.dueDate().isBefore(date))
                .count());
  }

  @Property
  void everyActionThatIsWorkIsCountedOnceWhereTheRulesPutIt(
      @ForAll("accounts") List<Action> actions, @ForAll("days") LocalDate date) {
    RollingPlan plan = RollingPlan.of(actions, date);
    YearMonth month = YearMonth.from(date);

    long detail =
        actions.stream()
            .filter(a -> !a.isDropped() && a.hasDueDate())
            .filter(
                a ->
                    a.isOpen() && a.dueDate().isBefore(date)
                        || YearMonth.from(a.dueDate()).equals(month))
            .count();
    long outline =
        actions.stream()
            .filter(a -> !a.isDropped() && a.hasDueDate())
            .filter(a -> !(a.isOpen() && a.dueDate().isBefore(date)))
            .map(a -> YearMonth.from(a.dueDate()))
            .filter(m -> m.equals(month.plusMonths(1)) || m.equals(month.plusMonths(2)))
            .count();
    long undated = actions.stream().filter(a -> a.isOpen() && !a.hasDueDate()).count();

    assertThat(plan.detailCount()).isEqualTo(detail);
    assertThat(plan.outline().stream().mapToInt(MonthOutline::actions).sum()).isEqualTo(outline);
    assertThat(plan.undatedCount()).isEqualTo(undated);
  }

  @Property
  void noListIsLongerThanTheLimit(
      @ForAll("accounts") List<Action> actions,
      @ForAll("days") LocalDate date,
      @ForAll @IntRange(min = 0, max = 20) int limit) {
    RollingPlan plan = RollingPlan.of(actions, date, limit);

    assertThat(plan.detail()).hasSizeLessThanOrEqualTo(limit);
    assertThat(plan.undated()).hasSizeLessThanOrEqualTo(limit);
    assertThat(plan.detail().size()).isEqualTo(Math.min(limit, plan.detailCount()));
    assertThat(plan.undated().size()).isEqualTo(Math.min(limit, plan.undatedCount()));
  }

  @Property
  void aCutListIsTheBeginningOfTheWholeList(
      @ForAll("accounts") List<Action> actions,
      @ForAll("days") LocalDate date,
      @ForAll @IntRange(min = 0, max = 20) int limit) {
    RollingPlan whole = RollingPlan.of(actions, date);
    RollingPlan cut = RollingPlan.of(actions, date, limit);

    assertThat(cut.detail()).isEqualTo(whole.detail().subList(0, cut.detail().size()));
    assertThat(cut.undated()).isEqualTo(whole.undated().subList(0, cut.undated().size()));
  }

  /** Up to 60 actions of one account, with distinct keys, due around 2026 or undated. */
  @Provide
  Arbitrary<List<Action>> accounts() {
    Arbitrary<LocalDate> due =
        Dates.dates()
            .between(LocalDate.of(2025, 11, 1), LocalDate.of(2027, 3, 31))
            .injectNull(0.15);
    Arbitrary<GoalStatus> status = Arbitraries.of(GoalStatus.class);
    Arbitrary<String> assignee =
        Arbitraries.of("anna.berger", "marco.rossi", "lea.huber").injectNull(0.2);
    Arbitrary<IssueKey> goal =
        Arbitraries.of(IssueKey.of("ACME-10"), IssueKey.of("ACME-11")).injectNull(0.2);
    Arbitrary<ActionSpec> spec =
        Combinators.combine(due, status, assignee, goal).as(ActionSpec::new);
    return spec.list()
        .ofMaxSize(60)
        .map(
            specs -> {
              List<Action> actions = new ArrayList<>(specs.size());
              for (int i = 0; i < specs.size(); i++) {
                actions.add(specs.get(i).action(IssueKey.of("ACME-" + (100 + i))));
              }
              return actions;
            });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Dates.dates().between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  }

  private record ActionSpec(LocalDate due, GoalStatus status, String assignee, IssueKey goal) {
    Action action(IssueKey key) {
      return new Action(
          key, "Present product C to the plant managers", assignee, due, status, goal);
    }
  }
}
