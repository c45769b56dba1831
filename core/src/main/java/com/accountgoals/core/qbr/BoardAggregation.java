package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentCycles;
import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.core.smart.SmartAssessment;
import com.accountgoals.core.smart.SmartCheck;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One board being built. Reads the goals twice (once to index them by key and group milestones
 * under their business goals, once to tally) and the actions once; every tally is bounded by the
 * row count and every list by the board's list limit. Not thread-safe; used once.
 */
final class BoardAggregation {

  // Written out rather than composed with Comparator.comparing: the lists see every row.
  private static final Comparator<GoalLine> BY_DUE_DATE =
      (a, b) -> {
        int byDate = compareDueDates(a.dueDate(), b.dueDate());
        return byDate != 0 ? byDate : a.key().compareTo(b.key());
      };
  private static final Comparator<Standing> NEEDING_ATTENTION_FIRST =
      (a, b) -> {
        int byHealth = Integer.compare(attentionRank(a.health()), attentionRank(b.health()));
        return byHealth != 0 ? byHealth : a.goal().compareTo(b.goal());
      };
  private static final Comparator<FactorLine> BY_GOAL =
      (a, b) -> {
        int byGoal = a.goal().compareTo(b.goal());
        return byGoal != 0 ? byGoal : a.text().compareTo(b.text());
      };
  private static final Comparator<AlignmentFinding> BY_FINDING_GOAL =
      (a, b) -> {
        int byGoal = a.goal().compareTo(b.goal());
        return byGoal != 0 ? byGoal : a.problem().compareTo(b.problem());
      };
  // Written out too: Comparator.comparing shares one lambda body among all its comparators, so
  // its calls to the key and to compareTo were megamorphic and not inlined.
  private static final Comparator<Kpi> BY_KPI_GOAL = (a, b) -> a.goal().compareTo(b.goal());
  private static final Comparator<SmartAssessment> BY_ASSESSED_GOAL =
      (a, b) -> a.goal().compareTo(b.goal());
  private static final Comparator<OwnerRollup> TEAM_FIRST =
      Comparator.comparing(OwnerRollup::owner, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final ProjectKey project;
  private final Quarter quarter;
  private final DateWindow quarterDays;
  private final DateWindow nextQuarterDays;
  private final LocalDate date;
  private final Map<IssueKey, Double> previousKpiValues;
  private final BoardSettings settings;
  private final SmartCheck smartCheck;

  private final int[][] levelTally = new int[GoalLevel.values().length][2];
  private final int[] goalOutcomes = new int[Outcome.values().length];
  private final int[] milestoneOutcomes = new int[Outcome.values().length];
  private final int[] healthTally = new int[Health.values().length];
  private final int[] colourTally = new int[Colour.values().length];
  private int withoutLight;
  private final TopList<GoalLine> goalsInQuarter;
  private final TopList<GoalLine> milestonesInQuarter;
  private final TopList<Standing> standings;
  private final TopList<FactorLine> redFactors;
  private final TopList<FactorLine> amberFactors;
  private final TopList<Kpi> kpis;
  private final TopList<SmartAssessment> notSmart;
  private final TopList<AlignmentFinding> alignment;
  private final TopList<GoalLine> nextQuarter;
  private final Map<String, int[]> ownerTally = new HashMap<>();
  private final List<IssueKey> linksNotUpward = new ArrayList<>();

  private Map<IssueKey, Goal> goalsByKey;
  private Function<IssueKey, Goal> visibleGoals;
  private boolean companyGoalsVisible;
  private Map<IssueKey, List<Goal>> milestonesByGoal;

  BoardAggregation(
      ProjectKey project,
      Quarter quarter,
      LocalDate date,
      Map<IssueKey, Double> previousKpiValues,
      BoardSettings settings) {
    this.project = project;
    this.quarter = quarter;
    this.quarterDays = quarter.days();
    this.nextQuarterDays = quarter.next().days();
    this.date = date;
    this.previousKpiValues = previousKpiValues;
    this.settings = settings;
    this.smartCheck = new SmartCheck(settings.achievability());
    int limit = settings.listLimit();
    this.goalsInQuarter = new TopList<>(limit, BY_DUE_DATE);
    this.milestonesInQuarter = new TopList<>(limit, BY_DUE_DATE);
    this.standings = new TopList<>(limit, NEEDING_ATTENTION_FIRST);
    this.redFactors = new TopList<>(limit, BY_GOAL);
    this.amberFactors = new TopList<>(limit, BY_GOAL);
    this.kpis = new TopList<>(limit, BY_KPI_GOAL);
    this.notSmart = new TopList<>(limit, BY_ASSESSED_GOAL);
    this.alignment = new TopList<>(limit, BY_FINDING_GOAL);
    this.nextQuarter = new TopList<>(limit, BY_DUE_DATE);
  }

  QbrBoard over(AccountRows rows) {
    index(rows.goals());
    for (Goal goal : rows.goals()) {
      tally(goal);
    }
    for (List<IssueKey> cycle : AlignmentCycles.from(goalsByKey, linksNotUpward)) {
      alignment.add(AlignmentFinding.cycle(cycle));
    }
    for (Action action : rows.actions()) {
      if (action.isOpen()) {
        ownerCounts(action.assignee())[OwnerColumn.OPEN_ACTIONS]++;
      }
    }
    RollingPlan plan = RollingPlan.of(rows.actions(), date, settings.listLimit());
    return new QbrBoard(
        project,
        quarter,
        date,
        levels(),
        new QuarterReview(
            OutcomeCounts.from(goalOutcomes),
            goalsInQuarter.toShortlist(),
            OutcomeCounts.from(milestoneOutcomes),
            milestonesInQuarter.toShortlist()),
        new HealthOverview(HealthCounts.from(healthTally), standings.toShortlist()),
        new LightOverview(
            LightCounts.from(colourTally, withoutLight),
            redFactors.toShortlist(),
            amberFactors.toShortlist()),
        kpis.toShortlist(),
        new Findings(notSmart.toShortlist(), alignment.toShortlist()),
        nextQuarter.toShortlist(),
        plan,
        owners());
  }

  private void index(List<Goal> goals) {
    goalsByKey = new HashMap<>(goals.size() * 4 / 3 + 1);
    milestonesByGoal = new HashMap<>(goals.size() / 2 + 1);
    for (Goal goal : goals) {
      goalsByKey.put(goal.key(), goal);
      companyGoalsVisible |= goal.scope() == GoalScope.COMPANY && goal.isOpen();
      if (goal.isAt(GoalLevel.MILESTONE) && goal.supportsAnotherGoal()) {
        milestonesByGoal.computeIfAbsent(goal.supports().get(0), k -> new ArrayList<>(4)).add(goal);
      }
    }
    visibleGoals = goalsByKey::get;
  }

  private void tally(Goal goal) {
    Outcome outcome = goal.outcomeOn(date);
    levelTally[goal.level().ordinal()][goal.isOpen() ? 0 : 1]++;
    int[] owner = ownerCounts(goal.owner());
    owner[OwnerColumn.GOALS]++;
    if (goal.isOpen()) {
      owner[OwnerColumn.OPEN_GOALS]++;
    }
    tallyQuarter(goal, outcome);
    tallyLight(goal);
    if (goal.isOpen()) {
      tallyHealth(goal, owner);
      tallyKpi(goal);
      tallySmart(goal);
      tallyNextQuarter(goal, outcome);
    }
    tallyAlignment(goal);
  }

  private void tallyQuarter(Goal goal, Outcome outcome) {
    if (!goal.isDueWithin(quarterDays)) {
      return;
    }
    if (goal.isAt(GoalLevel.MILESTONE)) {
      milestoneOutcomes[outcome.ordinal()]++;
      milestonesInQuarter.add(line(goal, outcome));
    } else {
      goalOutcomes[outcome.ordinal()]++;
      goalsInQuarter.add(line(goal, outcome));
    }
  }

  /**
   * Counts the light's overall colour and collects its red and amber factors in the same loop over
   * the factors. The overall colour is the one {@link TrafficLight#overall()} gives, the chosen one
   * or else the worst factor's, found here without a stream per goal.
   */
  private void tallyLight(Goal goal) {
    TrafficLight light = goal.trafficLight();
    if (light.isEmpty()) {
      withoutLight++;
      return;
    }
    Colour worst = Colour.GREEN;
    for (Factor factor : light.factors()) {
      Colour colour = factor.colour();
      if (colour.isWorseThan(worst)) {
        worst = colour;
      }
      if (colour == Colour.RED) {
        redFactors.add(new FactorLine(goal.key(), Colour.RED, factor.text()));
      } else if (colour == Colour.AMBER) {
        amberFactors.add(new FactorLine(goal.key(), Colour.AMBER, factor.text()));
      }
    }
    colourTally[light.chosenOverall().orElse(worst).ordinal()]++;
  }

  private void tallyHealth(Goal goal, int[] owner) {
    if (!goal.isAt(GoalLevel.BUSINESS)) {
      return;
    }
    List<Goal> milestones = milestonesByGoal.getOrDefault(goal.key(), List.of());
    Health health = Standing.healthOf(goal, milestones, date, settings.tolerance());
    healthTally[health.ordinal()]++;
    standings.add(
        new Standing(goal.key(), date, null, null, health, null),
        () -> Standing.of(goal, milestones, date, settings.tolerance()));
    if (health.needsAttention()) {
      owner[OwnerColumn.NEEDING_ATTENTION]++;
    }
  }

  private void tallyKpi(Goal goal) {
    if (goal.kpi() && goal.metric().isMeasuredOn(date)) {
      kpis.add(
          Kpi.of(
              goal.key(),
              goal.summary(),
              goal.metric().unit(),
              goal.metric().actualOn(date),
              previousKpiValues.get(goal.key())));
    }
  }

  private void tallySmart(Goal goal) {
    if (!goal.level().isMeasurable()) {
      return;
    }
    if (!smartCheck.isSmart(goal, visibleGoals, companyGoalsVisible, date)) {
      notSmart.add(
          new SmartAssessment(goal.key(), true, List.of()),
          () -> smartCheck.assess(goal, visibleGoals, companyGoalsVisible, date));
    }
  }

  private void tallyNextQuarter(Goal goal, Outcome outcome) {
    if (goal.isDueWithin(nextQuarterDays)) {
      nextQuarter.add(line(goal, outcome));
    }
  }

  private void tallyAlignment(Goal goal) {
    if (goal.isOpen() && goal.belongsTo(project)) {
      for (AlignmentFinding finding :
          AlignmentRule.findingsOf(goal, visibleGoals, companyGoalsVisible)) {
        alignment.add(finding);
      }
    }
    if (AlignmentCycles.mayCloseACycle(goal, visibleGoals)) {
      linksNotUpward.add(goal.key());
    }
  }

  /** A milestone without a baseline of its own is read in the direction of its business goal. */
  private static Direction inheritedDirection(Goal goal, Goal supported) {
    if (!goal.isAt(GoalLevel.MILESTONE) || supported == null) {
      return null;
    }
    return supported.metric().direction();
  }

  private List<LevelCount> levels() {
    List<LevelCount> levels = new ArrayList<>(levelTally.length);
    for (GoalLevel level : GoalLevel.values()) {
      int[] counts = levelTally[level.ordinal()];
      levels.add(new LevelCount(level, counts[0], counts[1]));
    }
    return levels;
  }

  private Shortlist<OwnerRollup> owners() {
    TopList<OwnerRollup> rollups = new TopList<>(settings.listLimit(), TEAM_FIRST);
    ownerTally.forEach(
        (owner, counts) ->
            rollups.add(
                new OwnerRollup(
                    owner,
                    counts[OwnerColumn.GOALS],
                    counts[OwnerColumn.OPEN_GOALS],
                    counts[OwnerColumn.NEEDING_ATTENTION],
                    counts[OwnerColumn.OPEN_ACTIONS])));
    return rollups.toShortlist();
  }

  private int[] ownerCounts(String owner) {
    return ownerTally.computeIfAbsent(owner, k -> new int[OwnerColumn.COUNT]);
  }

  private static GoalLine line(Goal goal, Outcome outcome) {
    return new GoalLine(
        goal.key(), goal.summary(), goal.level(), goal.owner(), goal.dueDate(), outcome);
  }

  // Undated goals last.
  private static int compareDueDates(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static int attentionRank(Health health) {
    return switch (health) {
      case OFF_TRACK -> 0;
      case BEHIND -> 1;
      case NOT_MEASURED -> 2;
      case ON_TRACK -> 3;
    };
  }

  /** The columns of an owner's tally. */
  private static final class OwnerColumn {
    static final int GOALS = 0;
    static final int OPEN_GOALS = 1;
    static final int NEEDING_ATTENTION = 2;
    static final int OPEN_ACTIONS = 3;
    static final int COUNT = 4;

    private OwnerColumn() {}
  }
}
