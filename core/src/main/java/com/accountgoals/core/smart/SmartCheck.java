package com.accountgoals.core.smart;

import static com.accountgoals.core.smart.SmartCriterion.ACHIEVABLE;
import static com.accountgoals.core.smart.SmartCriterion.MEASURABLE;
import static com.accountgoals.core.smart.SmartCriterion.RELEVANT;
import static com.accountgoals.core.smart.SmartCriterion.SPECIFIC;
import static com.accountgoals.core.smart.SmartCriterion.TIME_BOUND;

import com.accountgoals.core.alignment.AlignmentFinding;
import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.Values;
import com.accountgoals.core.message.Argument;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks business goals and milestones against SMART. Visions and relationship goals are judged,
 * not measured, so they are not checked.
 *
 * <ul>
 *   <li><b>Specific</b>: the summary names an object in at least {@value #MIN_SUMMARY_WORDS} words
 *       ("increase sales" does not) and the metric has a target, the size.
 *   <li><b>Measurable</b>: the metric has a unit and a target; a business goal also a baseline (a
 *       cumulative one only its date, as it starts from zero). A milestone may take its unit from
 *       the business goal it supports. The direction must not contradict the goal's own start and
 *       target (an increase from 31 to 30).
 *   <li><b>Achievable</b>: see {@link AchievabilityRule}; besides, an increase or decrease goal on
 *       a continuous scale that has not moved from its start after a quarter of its time (baseline
 *       date to due date) has made no progress yet.
 *   <li><b>Relevant</b>: the goal's links are in order, exactly as {@link AlignmentRule} reads them
 *       (cycles are the alignment check's business).
 *   <li><b>Time-bound</b>: the goal has a due date, not later than those of the visible goals it
 *       supports.
 * </ul>
 */
public final class SmartCheck {

  /** The fewest words a specific summary has: an action, an object and a size or a scope. */
  public static final int MIN_SUMMARY_WORDS = 3;

  private static final double DAYS_PER_MONTH = 365.2425 / 12;

  private final AchievabilityRule achievability;

  public SmartCheck(AchievabilityRule achievability) {
    this.achievability = Objects.requireNonNull(achievability, "achievability");
  }

  /** A check with the {@link AchievabilityRule#DEFAULT default} rule. */
  public static SmartCheck withDefaults() {
    return new SmartCheck(AchievabilityRule.DEFAULT);
  }

  /**
   * The SMART check of {@code goal} on {@code date}.
   *
   * @param visibleGoals the goals the user can see by key (of the account and beyond, such as the
   *     company's); {@code null} for a key that is no such goal
   * @param companyGoalsVisible true when the user can see at least one open company goal
   */
  public SmartAssessment assess(
      Goal goal,
      Function<IssueKey, Goal> visibleGoals,
      boolean companyGoalsVisible,
      LocalDate date) {
    if (!goal.level().isMeasurable()) {
      return new SmartAssessment(goal.key(), goal.summary(), false, List.of());
    }
    List<SmartFinding> findings = new ArrayList<>(4);
    checkSpecific(goal, findings);
    checkMeasurable(goal, visibleGoals, findings);
    checkAchievable(goal, date, findings);
    checkRelevant(goal, visibleGoals, companyGoalsVisible, findings);
    checkTimeBound(goal, visibleGoals, findings);
    return new SmartAssessment(goal.key(), goal.summary(), true, findings);
  }

  /**
   * True when {@code goal} meets every criterion, or is not checked at all: the same answer as
   * {@link #assess}, but allocating nothing and stopping at the first criterion that fails. The
   * board asks this of every goal and wants the findings of a few.
   */
  public boolean isSmart(
      Goal goal,
      Function<IssueKey, Goal> visibleGoals,
      boolean companyGoalsVisible,
      LocalDate date) {
    if (!goal.level().isMeasurable()) {
      return true;
    }
    return checkSpecific(goal, null)
        && checkMeasurable(goal, visibleGoals, null)
        && checkAchievable(goal, date, null)
        && AlignmentRule.isAligned(goal, visibleGoals, companyGoalsVisible)
        && checkTimeBound(goal, visibleGoals, null);
  }

  // Each check below adds its findings to the list it is given and returns whether the goal
  // passed. Given no list (null), it returns at the first failure and builds nothing.

  private static boolean checkSpecific(Goal goal, List<SmartFinding> findings) {
    boolean passed = true;
    int words = wordsIn(goal.summary(), MIN_SUMMARY_WORDS);
    if (words < MIN_SUMMARY_WORDS) {
      if (findings == null) {
        return false;
      }
      passed =
          fail(
              findings,
              SPECIFIC,
              SmartMessages.SPECIFIC_SUMMARY_VAGUE,
              Argument.count(words),
              Argument.count(MIN_SUMMARY_WORDS));
    }
    if (!goal.metric().hasTarget()) {
      passed = fail(findings, SPECIFIC, SmartMessages.SPECIFIC_NO_SIZE);
    }
    return passed;
  }

  private static boolean checkMeasurable(
      Goal goal, Function<IssueKey, Goal> visibleGoals, List<SmartFinding> findings) {
    boolean passed = true;
    Metric metric = goal.metric();
    if (!metric.hasUnit() && !takesUnitFromBusinessGoal(goal, visibleGoals)) {
      passed = fail(findings, MEASURABLE, SmartMessages.MEASURABLE_NO_UNIT);
    }
    if (!metric.hasBaseline() && goal.isAt(GoalLevel.BUSINESS)) {
      passed =
          fail(
              findings,
              MEASURABLE,
              metric.isCumulative()
                  ? SmartMessages.MEASURABLE_NO_PERIOD_START
                  : SmartMessages.MEASURABLE_NO_BASELINE);
    }
    if (!metric.hasTarget()) {
      passed = fail(findings, MEASURABLE, SmartMessages.MEASURABLE_NO_TARGET);
    }
    if (!passed && findings == null) {
      return false;
    }
    return checkDirection(metric, findings) && passed;
  }

  /** A milestone is a point on its business goal's metric: it need not repeat the unit. */
  private static boolean takesUnitFromBusinessGoal(
      Goal goal, Function<IssueKey, Goal> visibleGoals) {
    if (!goal.isAt(GoalLevel.MILESTONE)) {
      return false;
    }
    List<IssueKey> supports = goal.supports();
    for (int i = 0; i < supports.size(); i++) {
      Goal supported = visibleGoals.apply(supports.get(i));
      if (supported != null && supported.isAt(GoalLevel.BUSINESS) && supported.metric().hasUnit()) {
        return true;
      }
    }
    return false;
  }

  /** The direction, chosen or suggested, must not contradict the goal's own start and target. */
  private static boolean checkDirection(Metric metric, List<SmartFinding> findings) {
    Direction direction = metric.direction();
    if (direction == null
        || !metric.hasTarget()
        || !metric.hasBaseline()
        || !direction.contradicts(metric.startValue(), metric.target())) {
      return true;
    }
    if (findings == null) {
      return false;
    }
    return fail(
        findings,
        MEASURABLE,
        direction.isMoreBetter()
            ? SmartMessages.MEASURABLE_INCREASE_CONTRADICTED
            : SmartMessages.MEASURABLE_DECREASE_CONTRADICTED,
        Argument.amount(metric.startValue(), metric.unit()),
        Argument.amount(metric.target(), metric.unit()));
  }

  /**
   * Judges progress and pace; see {@link AchievabilityRule}. Says nothing about floors and
   * ceilings, nor while progress cannot be known: no baseline, target, reading or due date, the
   * target already reached, the direction contradicting the numbers (a measurable finding), or the
   * due date reached (that is an overdue goal, not an unrealistic one).
   */
  private boolean checkAchievable(Goal goal, LocalDate date, List<SmartFinding> findings) {
    Metric metric = goal.metric();
    Direction direction = metric.direction();
    if (direction == null || direction.isKeep() || !metric.hasBaseline() || !goal.hasDueDate()) {
      return true;
    }
    Double target = metric.targetOn(date);
    Double actual = metric.actualOn(date);
    if (target == null || actual == null) {
      return true;
    }
    long daysSoFar = ChronoUnit.DAYS.between(metric.baseline().date(), date);
    long daysInAll = ChronoUnit.DAYS.between(metric.baseline().date(), goal.dueDate());
    double start = metric.startValue();
    if (daysSoFar <= 0
        || daysSoFar >= daysInAll
        || direction.reaches(actual, target)
        || direction.contradicts(start, target)) {
      return true;
    }
    double monthsSoFar = daysSoFar / DAYS_PER_MONTH;
    double neededPace = direction.gain(actual, target) / ((daysInAll - daysSoFar) / DAYS_PER_MONTH);
    if (!direction.isBetter(start, actual)) {
      // Whole things move in steps at the milestones: none yet is the plan, not a finding.
      if (metric.isWholeNumbers() || daysSoFar * 4 <= daysInAll) {
        return true;
      }
      if (findings == null) {
        return false; // before building arguments nobody reads
      }
      return fail(
          findings,
          ACHIEVABLE,
          SmartMessages.ACHIEVABLE_NO_PROGRESS_YET,
          Argument.difference(bounded(neededPace), metric.unit()),
          Argument.number(monthsSoFar));
    }
    double achieved = direction.gain(start, actual);
    if (metric.isWholeNumbers() && !Values.isAtLeast(achieved, 1)) {
      return true; // no whole step yet: no pace to judge by
    }
    if (monthsSoFar < achievability.monthsOfHistory()) {
      return true;
    }
    double achievedPace = achieved / monthsSoFar;
    if (!Values.isAbove(neededPace, achievability.paceRatio() * achievedPace)) {
      return true;
    }
    if (findings == null) {
      return false;
    }
    return fail(
        findings,
        ACHIEVABLE,
        SmartMessages.ACHIEVABLE_PACE_FAR_ABOVE_HISTORY,
        Argument.difference(bounded(neededPace), metric.unit()),
        Argument.difference(bounded(achievedPace), metric.unit()),
        Argument.number(achievability.paceRatio()));
  }

  /** Relevant exactly when the alignment rule finds the goal's links in order. */
  private static void checkRelevant(
      Goal goal,
      Function<IssueKey, Goal> visibleGoals,
      boolean companyGoalsVisible,
      List<SmartFinding> findings) {
    for (AlignmentFinding finding :
        AlignmentRule.findingsOf(goal, visibleGoals, companyGoalsVisible)) {
      // The alignment message names the goal first; the SMART one is about the goal already.
      List<Argument> arguments = finding.arguments();
      findings.add(
          new SmartFinding(
              RELEVANT, relevanceMessage(finding).key(), arguments.subList(1, arguments.size())));
    }
  }

  private static SmartMessages relevanceMessage(AlignmentFinding finding) {
    return switch (finding.problem()) {
      case NOT_ALIGNED, CYCLE -> SmartMessages.RELEVANT_NOT_ALIGNED;
      case MILESTONE_WITHOUT_BUSINESS_GOAL ->
          SmartMessages.RELEVANT_MILESTONE_WITHOUT_BUSINESS_GOAL;
      case SUPPORTED_GOAL_UNKNOWN -> SmartMessages.RELEVANT_SUPPORTED_GOAL_UNKNOWN;
      case LINK_AGAINST_ORDER -> SmartMessages.RELEVANT_LINK_AGAINST_ORDER;
      case COMPANY_GOAL_SKIPPED -> SmartMessages.RELEVANT_COMPANY_GOAL_SKIPPED;
    };
  }

  private static boolean checkTimeBound(
      Goal goal, Function<IssueKey, Goal> visibleGoals, List<SmartFinding> findings) {
    if (!goal.hasDueDate()) {
      return fail(findings, TIME_BOUND, SmartMessages.TIME_BOUND_NO_DUE_DATE);
    }
    boolean passed = true;
    List<IssueKey> supports = goal.supports();
    for (int i = 0; i < supports.size(); i++) {
      Goal supported = visibleGoals.apply(supports.get(i));
      if (supported == null
          || !supported.hasDueDate()
          || !goal.dueDate().isAfter(supported.dueDate())) {
        continue;
      }
      if (findings == null) {
        return false;
      }
      passed =
          fail(
              findings,
              TIME_BOUND,
              SmartMessages.TIME_BOUND_AFTER_SUPPORTED_GOAL,
              Argument.day(goal.dueDate()),
              Argument.key(supported.key()),
              Argument.day(supported.dueDate()));
    }
    return passed;
  }

  /**
   * A pace within the bounds of {@link Values}: a target far away with a day left can need more a
   * month than any value may be.
   */
  private static double bounded(double pace) {
    return Math.max(-Values.MAX_MAGNITUDE, Math.min(Values.MAX_MAGNITUDE, pace));
  }

  // Counts runs of letters or digits, so "+15 %" and "product A" count as words where they carry
  // one; stops at enough, since only fewer than that is a finding.
  static int wordsIn(String text, int enough) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < enough; i++) {
      boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }

  /** Adds a finding to {@code findings} unless it is null; returns false: the goal failed. */
  private static boolean fail(
      List<SmartFinding> findings, SmartCriterion criterion, SmartMessages message) {
    if (findings != null) {
      findings.add(new SmartFinding(criterion, message.key(), List.of()));
    }
    return false;
  }

  /** As above, for a finding with arguments; call it only with a list, arguments cost. */
  private static boolean fail(
      List<SmartFinding> findings,
      SmartCriterion criterion,
      SmartMessages message,
      Argument... arguments) {
    if (findings != null) {
      findings.add(SmartFinding.of(criterion, message, arguments));
    }
    return false;
  }
}
