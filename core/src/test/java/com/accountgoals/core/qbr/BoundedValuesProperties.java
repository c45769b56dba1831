package com.accountgoals.core.qbr;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.GoalBuilder;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.goal.Values;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Extreme but valid values never turn into NaN or infinity on a board. */
class BoundedValuesProperties {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            0.0,
            -0.0,
            1e-300,
            -1e-300,
            0.1,
            0.2,
            0.3,
            Values.MAX_MAGNITUDE,
            -Values.MAX_MAGNITUDE,
            Math.nextDown(Values.MAX_MAGNITUDE)),
        Arbitraries.doubles().between(-Values.MAX_MAGNITUDE, Values.MAX_MAGNITUDE));
  }

  @Property(tries = 300)
  void everyNumberOnTheBoardIsFinite(
      @ForAll("values") double baseline,
      @ForAll("values") double target,
      @ForAll("values") double milestone,
      @ForAll("values") double first,
      @ForAll("values") double second,
      @ForAll Direction direction,
      @ForAll boolean wholeNumbers,
      @ForAll boolean cumulative) {
    GoalBuilder goal =
        aBusinessGoal()
            .key("ACME-10")
            .kpi()
            .direction(direction)
            .baseline(baseline, LocalDate.of(2026, 1, 1))
            .target(target)
            .reading(first, LocalDate.of(2026, 9, 1))
            .reading(second, LocalDate.of(2026, 11, 1));
    if (wholeNumbers) {
      goal.wholeNumbers();
    }
    if (cumulative) {
      goal.cumulative();
    }
    List<Goal> goals = new ArrayList<>();
    goals.add(aVision().build());
    goals.add(goal.build());
    goals.add(aMilestone().target(milestone).due(LocalDate.of(2026, 6, 30)).build());

    QbrBoard board =
        QbrBoards.build(
            ProjectKey.of("ACME"),
            new AccountRows(goals, List.of()),
            FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
            TODAY);

    Standing standing = board.health().standings().shown().get(0);
    assertFinite(standing.planned());
    assertFinite(standing.actual());
    if (standing.progress() != null) {
      assertFinite(standing.progress().percent());
      assertFinite(standing.progress().unclampedPercent());
    }
    Kpi kpi = board.kpis().shown().get(0);
    assertFinite(kpi.value());
    assertFinite(kpi.difference());
    assertFinite(board.health().counts().percentOnTrack());
  }

  private static void assertFinite(Double value) {
    if (value != null) {
      assertThat(Double.isFinite(value)).as("%s is finite", value).isTrue();
    }
  }
}
