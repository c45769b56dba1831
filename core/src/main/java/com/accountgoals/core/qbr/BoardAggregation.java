package com.accountgoals.core.qbr;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Outcome;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.Readings;
import com.accountgoals.core.goal.Verdict;
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
import com.accountgoals.core.trajectory.HealthRule;
import com.accountgoals.core.trajectory.MilestoneFinding;
import com.accountgoals.core.trajectory.MilestonePoints;
import com.accountgoals.core.trajectory.Standing;
import com.accountgoals.core.trajectory.Trajectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One board being built. Reads the goals twice (once to index every visible goal by key and group
 * milestones under their business goals, once to tally the account's own) and the actions once.
 * Every tally is bounded by the row count and every list by the board's list limit; every list is
 * cut in one order ({@link Ranked}), so the same rows in any order give an equal board. Not
 * thread-safe; used once.
 */
final class BoardAggregation {

  private static final Comparator<MilestoneFinding> BY_GOAL_THEN_MILESTONE =
      (a, b) -> {
        int byGoal = a.goal().compareTo(b.goal());
        if (byGoal != 0) {
          return byGoal;
        }
        int byMilestone = a.milestone().compareTo(b.milestone());
        return byMilestone != 0 ? byMilestone : a.problem().compareTo(b.problem());
      };
  private static final Comparator<OwnerRollup> TEAM_FIRST =
      Comparator.comparing(OwnerRollup::owner, Comparator.nullsFirst(Comparator.naturalOrder()));
  // Lists in plain order share one class; wins and dropped goals are by due date, the rest by key.
  private static final int BY_DUE_DATE = 0;
  private static final int BY_KEY = 0;
  private static final int CYCLES_LAST = 1;

  private final ProjectKey project;
  private final Quarter quarter;
  private final DateWindow quarterDays;
  private final DateWindow previousQuarterDays;
  private final DateWindow nextQuarterDays;
  private final LocalDate date;
  private final BoardSettings settings;
  private final int limit;

  private final int[][] levelTally = new int[GoalLevel.values().length][3];
  private final int[] goalOutcomes = new int[Outcome.values().length];
  private final int[] milestoneOutcomes = new int[Outcome.values().length];
  private final int[] previousGoalOutcomes = new int[Outcome.values().length];
  private final int[] previousMilestoneOutcomes = new int[Outcome.values().length];
  private final int[] healthTally = new int[Health.values().length];
  private final int[] colourTally = new int[Colour.values().length];
  private int withoutLight;
  private final TopList<Ranked<GoalLine>> goalsInQuarter;
  private final TopList<Ranked<GoalLine>> milestonesInQuarter;
  private final TopList<Ranked<GoalLine>> wins;
  private final TopList<Ranked<GoalLine>> dropped;
  private final TopList<Ranked<Standing>> standings;
  private final List<TopList<Ranked<GoalLine>>> goalsByColour = new ArrayList<>(3);
  private final List<TopList<Ranked<FactorLine>>> factorsByColour = new ArrayList<>(3);
  private final TopList<Ranked<Kpi>> kpis;
  private final TopList<Ranked<SmartAssessment>> notSmart;
  private final TopList<Ranked<AlignmentFinding>> alignment;
  private final TopList<MilestoneFinding> milestoneFindings;
  private final TopList<Ranked<GoalLine>> nextQuarter;
  private final Map<String, int[]> ownerTally = new HashMap<>();
  private String lastOwner;
  private int[] lastOwnerCounts;

  private VisibleGoals visibleGoals;
  private List<Goal> ownGoals;
  private List<Goal> outsideGoals;
  // By identity: the business goal is in hand when its milestones are needed, so no key is
  // compared.
  private List<VisibleGoals.Slot> businessGoals;
  private BoardRules rules;
  private Goal vision;
  private final Current current = new Current();

  BoardAggregation(ProjectKey project, Quarter quarter, LocalDate date, BoardSettings settings) {
    this.project = project;
    this.quarter = quarter;
    this.quarterDays = quarter.days();
    this.previousQuarterDays = quarter.previous().days();
    this.nextQuarterDays = quarter.next().days();
    this.date = date;
    this.settings = settings;
    this.limit = settings.listLimit();
    this.goalsInQuarter = TopList.ranked(limit);
    this.milestonesInQuarter = TopList.ranked(limit);
    this.wins = TopList.ranked(limit);
    this.dropped = TopList.ranked(limit);
    this.standings = TopList.ranked(limit);
    for (int i = 0; i < Colour.values().length; i++) {
      goalsByColour.add(TopList.ranked(limit));
      factorsByColour.add(TopList.ranked(limit));
    }
    this.kpis = TopList.ranked(limit);
    this.notSmart = TopList.ranked(limit);
    this.alignment = TopList.ranked(limit);
    this.milestoneFindings = new TopList<>(limit, BY_GOAL_THEN_MILESTONE);
    this.nextQuarter = TopList.ranked(limit);
  }

  QbrBoard over(AccountRows rows) {
    index(rows.goals());
    // Business goals last: their health needs all their milestones, which the first loop groups.
    for (Goal goal : ownGoals) {
      if (!goal.isAt(GoalLevel.BUSINESS)) {
        boolean milestone = goal.isAt(GoalLevel.MILESTONE);
        tally(goal, milestone ? groupUnderBusinessGoal(goal) : null, List.of());
      }
      rules.noteLinks(goal);
    }
    for (VisibleGoals.Slot slot : businessGoals) {
      tally(slot.goal, null, slot.milestones());
    }
    for (Goal goal : outsideGoals) {
      rules.noteLinks(goal);
    }
    for (AlignmentFinding cycle : rules.cycles(project)) {
      alignment.add(new Ranked<>(CYCLES_LAST, null, cycle.goal(), 0, cycle));
    }
    // Only what the plan covers, so that the board is the same whether the source loaded the
    // plan's window or more.
    LocalDate planEnd = RollingPlan.windowFor(date).last();
    List<Action> actions = new ArrayList<>(rows.actions().size());
    for (Action action : rows.actions()) {
      boolean covered = !action.hasDueDate() || !action.dueDate().isAfter(planEnd);
      if (covered && action.key().isIn(project)) {
        actions.add(action);
        if (action.isOpen()) {
          ownerCounts(action.assignee())[OwnerColumn.OPEN_ACTIONS]++;
        }
      }
    }
    return new QbrBoard(
        project,
        quarter,
        date,
        accountLight(rows.accountLight()),
        levels(),
        new QuarterReview(
            OutcomeCounts.from(goalOutcomes),
            TopList.itemsOf(goalsInQuarter),
            OutcomeCounts.from(milestoneOutcomes),
            TopList.itemsOf(milestonesInQuarter),
            TopList.itemsOf(wins),
            TopList.itemsOf(dropped),
            OutcomeCounts.from(previousGoalOutcomes),
            OutcomeCounts.from(previousMilestoneOutcomes)),
        new HealthOverview(HealthCounts.from(healthTally), TopList.itemsOf(standings)),
        new LightOverview(
            LightCounts.from(colourTally, withoutLight),
            TopList.itemsOf(goalsByColour.get(Colour.RED.ordinal())),
            TopList.itemsOf(goalsByColour.get(Colour.AMBER.ordinal())),
            TopList.itemsOf(goalsByColour.get(Colour.GREEN.ordinal())),
            TopList.itemsOf(factorsByColour.get(Colour.RED.ordinal())),
            TopList.itemsOf(factorsByColour.get(Colour.AMBER.ordinal())),
            TopList.itemsOf(factorsByColour.get(Colour.GREEN.ordinal()))),
        TopList.itemsOf(kpis),
        new Findings(
            TopList.itemsOf(notSmart), TopList.itemsOf(alignment), milestoneFindings.toShortlist()),
        TopList.itemsOf(nextQuarter),
        RollingPlan.of(actions, date, limit),
        owners(),
        rows.completeness());
  }

  /**
   * Indexes every visible goal by key, groups the account's milestones under the business goals
   * they support, and finds the account's vision (the open one with the smallest key).
   */
  private void index(List<Goal> goals) {
    visibleGoals = new VisibleGoals(goals.size());
    boolean companyGoalsVisible = false;
    ownGoals = new ArrayList<>(goals.size());
    businessGoals = new ArrayList<>(goals.size() / 4 + 1);
    outsideGoals = new ArrayList<>();
    for (Goal goal : goals) {
      VisibleGoals.Slot slot = visibleGoals.add(goal);
      companyGoalsVisible |= goal.scope() == GoalScope.COMPANY && goal.isOpen();
      if (!goal.belongsTo(project)) {
        outsideGoals.add(goal);
      } else {
        ownGoals.add(goal);
        if (goal.isAt(GoalLevel.BUSINESS)) {
          businessGoals.add(slot);
        }
        if (goal.isAt(GoalLevel.VISION)
            && goal.isOpen()
            && (vision == null || goal.key().compareTo(vision.key()) < 0)) {
          vision = goal;
        }
      }
    }
    rules =
        new BoardRules(visibleGoals, companyGoalsVisible, new SmartCheck(settings.achievability()));
  }

  /**
   * Puts {@code milestone} under every business goal it supports, and returns the one it belongs
   * to: of several, the one with the smallest key (supports are sorted).
   */
  private Goal groupUnderBusinessGoal(Goal milestone) {
    Goal first = null;
    for (IssueKey supported : milestone.supports()) {
      VisibleGoals.Slot slot = visibleGoals.slotOf(supported);
      if (slot != null && slot.goal.isAt(GoalLevel.BUSINESS)) {
        slot.addMilestone(milestone);
        first = first == null ? slot.goal : first;
      }
    }
    return first;
  }

  /**
   * Tallies one goal of the account.
   *
   * @param business the business goal a milestone belongs to; {@code null} for other goals
   * @param milestones a business goal's milestones; empty for other goals
   */
  private void tally(Goal goal, Goal business, List<Goal> milestones) {
    levelTally[goal.level().ordinal()][goal.status().ordinal()]++;
    int[] owner = ownerCounts(goal.owner());
    owner[OwnerColumn.GOALS]++;
    if (goal.isOpen()) {
      owner[OwnerColumn.OPEN_GOALS]++;
    }
    Verdict verdict =
        goal.isAt(GoalLevel.MILESTONE)
            ? goal.verdictAsMilestoneOf(business, date)
            : goal.verdictOn(date);
    Colour colour = goal.isOpen() ? goal.trafficLight().overallOrNull() : null;
    Health health = null;
    if (goal.isOpen() && goal.isAt(GoalLevel.BUSINESS)) {
      health = tallyHealth(goal, milestones);
      if (health.needsAttention()) {
        owner[OwnerColumn.NEEDING_ATTENTION]++;
      }
    }
    current.reset(goal, verdict, health, colour);
    int rank = Attention.rank(verdict.outcome(), health, colour);
    if (health != null) {
      if (Ranked.wouldKeep(standings, rank, goal.dueDate(), goal.key(), 0)) {
        standings.add(
            new Ranked<>(
                rank,
                goal.dueDate(),
                goal.key(),
                0,
                Standing.of(goal, milestones, date, settings.tolerance())));
      } else {
        standings.skip();
      }
    }
    tallyQuarter(rank);
    if (goal.isOpen()) {
      tallyLight(rank);
      tallyKpi(goal);
      tallyFindings(goal);
      if (goal.isDueWithin(nextQuarterDays) && !verdict.isMet()) {
        offer(nextQuarter, rank);
      }
    }
  }

  /**
   * Adds the current goal's line to {@code list}, in attention class {@code rank}, if the list
   * keeps it; counts it either way.
   */
  private void offer(TopList<Ranked<GoalLine>> list, int rank) {
    Goal goal = current.goal;
    if (Ranked.wouldKeep(list, rank, goal.dueDate(), goal.key(), 0)) {
      list.add(new Ranked<>(rank, goal.dueDate(), goal.key(), 0, current.line()));
    } else {
      list.skip();
    }
  }

  private Health tallyHealth(Goal goal, List<Goal> milestones) {
    MilestonePoints points = MilestonePoints.of(goal, milestones);
    for (MilestoneFinding finding : points.findings()) {
      milestoneFindings.add(finding);
    }
    Health health =
        goal.metric().isMeasuredOn(date)
            ? HealthRule.healthOn(
                goal,
                Trajectory.current(goal, points, date).orElse(null),
                date,
                settings.tolerance())
            : Health.NOT_MEASURED;
    healthTally[health.ordinal()]++;
    return health;
  }

  /**
   * Counts the current goal in the quarter under review: the quarter its target was met in, else
   * the quarter it is due in.
   */
  private void tallyQuarter(int rank) {
    Goal goal = current.goal;
    Verdict verdict = current.verdict;
    LocalDate reviewDay = verdict.isMet() ? verdict.metOn() : goal.dueDate();
    Outcome outcome = verdict.outcome();
    boolean milestone = goal.isAt(GoalLevel.MILESTONE);
    if (previousQuarterDays.contains(reviewDay)) {
      (milestone ? previousMilestoneOutcomes : previousGoalOutcomes)[outcome.ordinal()]++;
      return;
    }
    if (!quarterDays.contains(reviewDay)) {
      return;
    }
    (milestone ? milestoneOutcomes : goalOutcomes)[outcome.ordinal()]++;
    offer(milestone ? milestonesInQuarter : goalsInQuarter, rank);
    if (verdict.isMet()) {
      offer(wins, BY_DUE_DATE);
    } else if (outcome == Outcome.DROPPED) {
      offer(dropped, BY_DUE_DATE);
    }
  }

  /**
   * Counts an open goal's light and lists the goal under its colour and its factors by colour. A
   * milestone without a light is not counted as a goal without one: it is a point on its business
   * goal's plan, and counting it would make "without a light" grow with every milestone planned.
   */
  private void tallyLight(int rank) {
    Colour colour = current.colour;
    if (colour == null) {
      if (!current.goal.isAt(GoalLevel.MILESTONE)) {
        withoutLight++;
      }
      return;
    }
    colourTally[colour.ordinal()]++;
    offer(goalsByColour.get(colour.ordinal()), rank);
    Goal goal = current.goal;
    List<Factor> factors = goal.trafficLight().factors();
    for (int i = 0; i < factors.size(); i++) {
      Factor factor = factors.get(i);
      TopList<Ranked<FactorLine>> list = factorsByColour.get(factor.colour().ordinal());
      if (Ranked.wouldKeep(list, rank, goal.dueDate(), goal.key(), i)) {
        FactorLine line = new FactorLine(goal.key(), factor.colour(), factor.text(), i);
        list.add(new Ranked<>(rank, goal.dueDate(), goal.key(), i, line));
      } else {
        list.skip();
      }
    }
  }

  /** A KPI's value of the quarter and its change since the previous one. */
  private void tallyKpi(Goal goal) {
    if (!goal.kpi()) {
      return;
    }
    if (Ranked.wouldKeep(kpis, BY_KEY, null, goal.key(), 0)) {
      kpis.add(new Ranked<>(BY_KEY, null, goal.key(), 0, kpiOf(goal)));
    } else {
      kpis.skip();
    }
  }

  private Kpi kpiOf(Goal goal) {
    Readings readings = goal.metric().readings();
    LocalDate until = date.isBefore(quarterDays.last()) ? date : quarterDays.last();
    Reading value =
        until.isBefore(quarterDays.first())
            ? null
            : readings.lastBetween(quarterDays.first(), until);
    Reading previous =
        readings.lastBetween(previousQuarterDays.first(), previousQuarterDays.last());
    Double current = value == null ? null : value.value();
    Double before = previous == null ? null : previous.value();
    return new Kpi(
        goal.key(),
        goal.summary(),
        goal.category(),
        goal.metric().unit(),
        goal.metric().direction(),
        current,
        value == null ? null : value.date(),
        before,
        KpiChange.of(current, before, goal.metric().direction()));
  }

  private void tallyFindings(Goal goal) {
    if (goal.level().isMeasurable() && !rules.isSmart(goal, date)) {
      if (Ranked.wouldKeep(notSmart, BY_KEY, null, goal.key(), 0)) {
        notSmart.add(new Ranked<>(BY_KEY, null, goal.key(), 0, rules.assess(goal, date)));
      } else {
        notSmart.skip();
      }
    }
    List<AlignmentFinding> findings = rules.alignmentOf(goal);
    for (int i = 0; i < findings.size(); i++) {
      alignment.add(new Ranked<>(BY_KEY, null, goal.key(), i, findings.get(i)));
    }
  }

  private AccountLight accountLight(TrafficLight own) {
    if (!own.isEmpty()) {
      return new AccountLight(own, AccountLight.Source.ACCOUNT, null);
    }
    if (vision != null && !vision.trafficLight().isEmpty()) {
      return new AccountLight(vision.trafficLight(), AccountLight.Source.VISION, vision.key());
    }
    // Without a light, still name the vision, so that the board can say where one is set.
    return new AccountLight(
        TrafficLight.none(), AccountLight.Source.NONE, vision == null ? null : vision.key());
  }

  private List<LevelCount> levels() {
    List<LevelCount> levels = new ArrayList<>(levelTally.length);
    for (GoalLevel level : GoalLevel.values()) {
      int[] counts = levelTally[level.ordinal()];
      levels.add(new LevelCount(level, counts[0], counts[1], counts[2]));
    }
    return levels;
  }

  private Shortlist<OwnerRollup> owners() {
    TopList<OwnerRollup> rollups = new TopList<>(limit, TEAM_FIRST);
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
    // Rows of one person often come together: the last answer spares hashing the name again.
    if (lastOwnerCounts == null
        || (owner != lastOwner && (owner == null || !owner.equals(lastOwner)))) {
      lastOwner = owner;
      lastOwnerCounts = ownerTally.computeIfAbsent(owner, k -> new int[OwnerColumn.COUNT]);
    }
    return lastOwnerCounts;
  }

  /**
   * The goal being tallied, with what the board found of it, and its line once built. One instance
   * serves every goal in turn: the board tallies 100 000 of them.
   */
  private static final class Current {
    Goal goal;
    Verdict verdict;
    Health health;
    Colour colour;
    private GoalLine line;

    void reset(Goal goal, Verdict verdict, Health health, Colour colour) {
      this.goal = goal;
      this.verdict = verdict;
      this.health = health;
      this.colour = colour;
      this.line = null;
    }

    /** The goal's line, built the first time a list keeps it. */
    GoalLine line() {
      if (line == null) {
        line = GoalLine.of(goal, verdict, health, colour);
      }
      return line;
    }
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
