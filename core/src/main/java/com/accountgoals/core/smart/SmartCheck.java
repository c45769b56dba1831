package com.accountgoals.core.smart;

import static com.accountgoals.core.smart.SmartCriterion.ACHIEVABLE;
import static com.accountgoals.core.smart.SmartCriterion.MEASURABLE;
import static com.accountgoals.core.smart.SmartCriterion.RELEVANT;
import static com.accountgoals.core.smart.SmartCriterion.SPECIFIC;
import static com.accountgoals.core.smart.SmartCriterion.TIME_BOUND;

import com.accountgoals.core.alignment.AlignmentProblem;
import com.accountgoals.core.alignment.AlignmentRule;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks business goals and milestones against SMART. Visions and relationship goals are judged,
 * not measured, so they are not checked.
 *
 * <ul>
 *   <li><b>Specific</b>: the summary names an object in at least {@value #MIN_SUMMARY_WORDS} words
 *       ("increase sales" does not) and the metric has a target, the size.
 *   <li><b>Measurable</b>: the metric has a unit and a target; a business goal also a baseline (a
 *       milestone starts where its business goal does).
 *   <li><b>Achievable</b>: see {@link AchievabilityRule}.
 *   <li><b>Relevant</b>: the goal supports a goal above it; a milestone, a business goal.
 *   <li><b>Time-bound</b>: the goal has a due date, not later than that of the goal it supports.
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
   * @param goalsByKey the account's goals, to judge relevance and the due date against the goal
   *     {@code goal} supports
   */
  public SmartAssessment assess(Goal goal, Map<IssueKey, Goal> goalsByKey, LocalDate date) {
    return assess(goal, AlignmentRule.supportedGoal(goal, goalsByKey), date);
  }

  /**
   * The SMART check of {@code goal} on {@code date}, when the caller has already looked up the goal
   * it supports.
   *
   * @param supported the goal {@code goal} supports among the account's goals; {@code null} when it
   *     supports none or one that is not among them
   */
  public SmartAssessment assess(Goal goal, Goal supported, LocalDate date) {
    if (!goal.level().isMeasurable()) {
      return new SmartAssessment(goal.key(), false, List.of());
    }
    List<SmartFinding> findings = new ArrayList<>(4);
    checkSpecific(goal, findings);
    checkMeasurable(goal, findings);
    checkAchievable(goal, date, findings);
    checkRelevant(goal, supported, findings);
    checkTimeBound(goal, supported, findings);
    return new SmartAssessment(goal.key(), true, findings);
  }

  /**
   * True when {@code goal} meets every criterion, or is not checked at all. Builds no findings and
   * stops at the first criterion that fails: the board asks this of every goal and wants the
   * findings of a few.
   */
  public boolean isSmart(Goal goal, Goal supported, LocalDate date) {
    if (!goal.level().isMeasurable()) {
      return true;
    }
    return checkSpecific(goal, null)
        && checkMeasurable(goal, null)
        && checkAchievable(goal, date, null)
        && checkRelevant(goal, supported, null)
        && checkTimeBound(goal, supported, null);
  }

  // Each check below adds its findings to the list it is given and returns whether the goal
  // passed. Given no list (null), it returns at the first failure and builds nothing.

  private static boolean checkSpecific(Goal goal, List<SmartFinding> findings) {
    boolean passed = true;
    int words = wordsIn(goal.summary(), MIN_SUMMARY_WORDS);
    if (words < MIN_SUMMARY_WORDS) {
      passed =
          fail(findings, SPECIFIC, SmartMessages.SPECIFIC_SUMMARY_VAGUE, words, MIN_SUMMARY_WORDS);
    }
    if (!goal.metric().hasTarget()) {
      passed = fail(findings, SPECIFIC, SmartMessages.SPECIFIC_NO_SIZE);
    }
    return passed;
  }

  private static boolean checkMeasurable(Goal goal, List<SmartFinding> findings) {
    boolean passed = true;
    Metric metric = goal.metric();
    if (!metric.hasUnit()) {
      passed = fail(findings, MEASURABLE, SmartMessages.MEASURABLE_NO_UNIT);
    }
    if (!metric.hasBaseline() && goal.isAt(GoalLevel.BUSINESS)) {
      passed = fail(findings, MEASURABLE, SmartMessages.MEASURABLE_NO_BASELINE);
    }
    if (!metric.hasTarget()) {
      passed = fail(findings, MEASURABLE, SmartMessages.MEASURABLE_NO_TARGET);
    }
    return passed;
  }

  /**
   * Compares the pace needed from now to the target with the pace achieved since the baseline; see
   * {@link AchievabilityRule}. Says nothing while either pace cannot be known: no baseline, target,
   * actual or due date, too little history, the target already reached, or the due date passed
   * (that is an overdue goal, not an unrealistic one).
   */
  private boolean checkAchievable(Goal goal, LocalDate date, List<SmartFinding> findings) {
    Metric metric = goal.metric();
    if (!metric.hasBaseline() || !metric.hasTarget() || !metric.isMeasuredOn(date)) {
      return true;
    }
    if (!goal.hasDueDate()) {
      return true;
    }
    double monthsSoFar = monthsBetween(metric.baseline().date(), date);
    double monthsLeft = monthsBetween(date, goal.dueDate());
    Direction direction = metric.direction();
    double actual = metric.actualOn(date);
    double stillNeeded = direction.gain(actual, metric.target());
    if (monthsSoFar < achievability.monthsOfHistory() || monthsLeft <= 0 || stillNeeded <= 0) {
      return true;
    }
    double neededPace = stillNeeded / monthsLeft;
    double achievedPace = direction.gain(metric.baseline().value(), actual) / monthsSoFar;
    boolean noProgress = achievedPace <= 0;
    if (!noProgress && neededPace <= achievability.paceRatio() * achievedPace) {
      return true;
    }
    if (findings == null) {
      return false; // before boxing the numbers for a finding nobody reads
    }
    String unit = Objects.toString(metric.unit(), "");
    if (noProgress) {
      return fail(
          findings,
          ACHIEVABLE,
          SmartMessages.ACHIEVABLE_NO_PROGRESS_YET,
          neededPace,
          unit,
          monthsSoFar);
    }
    return fail(
        findings,
        ACHIEVABLE,
        SmartMessages.ACHIEVABLE_PACE_FAR_ABOVE_HISTORY,
        neededPace,
        achievedPace,
        unit,
        achievability.paceRatio());
  }

  private static boolean checkRelevant(Goal goal, Goal supported, List<SmartFinding> findings) {
    Optional<AlignmentProblem> problem = AlignmentRule.problemOf(goal, supported);
    if (problem.isEmpty()) {
      return true;
    }
    return fail(
        findings,
        RELEVANT,
        relevanceMessage(problem.get()),
        goal.supports() == null ? "" : goal.supports());
  }

  private static SmartMessages relevanceMessage(AlignmentProblem problem) {
    return switch (problem) {
      case NOT_ALIGNED, CYCLE -> SmartMessages.RELEVANT_NOT_ALIGNED;
      case SUPPORTED_GOAL_UNKNOWN -> SmartMessages.RELEVANT_SUPPORTED_GOAL_UNKNOWN;
      case SUPPORTED_GOAL_NOT_ABOVE -> SmartMessages.RELEVANT_SUPPORTED_GOAL_NOT_ABOVE;
      case MILESTONE_WITHOUT_BUSINESS_GOAL ->
          SmartMessages.RELEVANT_MILESTONE_WITHOUT_BUSINESS_GOAL;
    };
  }

  private static boolean checkTimeBound(Goal goal, Goal supported, List<SmartFinding> findings) {
    if (!goal.hasDueDate()) {
      return fail(findings, TIME_BOUND, SmartMessages.TIME_BOUND_NO_DUE_DATE);
    }
    if (supported != null
        && supported.hasDueDate()
        && goal.dueDate().isAfter(supported.dueDate())) {
      return fail(
          findings,
          TIME_BOUND,
          SmartMessages.TIME_BOUND_AFTER_SUPPORTED_GOAL,
          goal.dueDate(),
          supported.key(),
          supported.dueDate());
    }
    return true;
  }

  private static double monthsBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_MONTH;
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
      List<SmartFinding> findings,
      SmartCriterion criterion,
      SmartMessages message,
      Object... arguments) {
    if (findings != null) {
      findings.add(SmartFinding.of(criterion, message, arguments));
    }
    return false;
  }
}
