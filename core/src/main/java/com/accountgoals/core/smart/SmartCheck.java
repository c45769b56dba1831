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
    Report report = new Report(true);
    check(goal, supported, date, report);
    return new SmartAssessment(goal.key(), true, report.findings());
  }

  /**
   * True when {@code goal} meets every criterion, or is not checked at all. Builds no findings: the
   * board asks this of every goal and wants the findings of a few.
   */
  public boolean isSmart(Goal goal, Goal supported, LocalDate date) {
    if (!goal.level().isMeasurable()) {
      return true;
    }
    Report report = new Report(false);
    check(goal, supported, date, report);
    return !report.failed();
  }

  private void check(Goal goal, Goal supported, LocalDate date, Report report) {
    checkSpecific(goal, report);
    checkMeasurable(goal, report);
    checkAchievable(goal, date, report);
    checkRelevant(goal, supported, report);
    checkTimeBound(goal, supported, report);
  }

  private static void checkSpecific(Goal goal, Report report) {
    int words = wordsIn(goal.summary(), MIN_SUMMARY_WORDS);
    if (words < MIN_SUMMARY_WORDS) {
      report.fail(SPECIFIC, SmartMessages.SPECIFIC_SUMMARY_VAGUE, words, MIN_SUMMARY_WORDS);
    }
    if (!goal.metric().hasTarget()) {
      report.fail(SPECIFIC, SmartMessages.SPECIFIC_NO_SIZE);
    }
  }

  private static void checkMeasurable(Goal goal, Report report) {
    Metric metric = goal.metric();
    if (!metric.hasUnit()) {
      report.fail(MEASURABLE, SmartMessages.MEASURABLE_NO_UNIT);
    }
    if (!metric.hasBaseline() && goal.isAt(GoalLevel.BUSINESS)) {
      report.fail(MEASURABLE, SmartMessages.MEASURABLE_NO_BASELINE);
    }
    if (!metric.hasTarget()) {
      report.fail(MEASURABLE, SmartMessages.MEASURABLE_NO_TARGET);
    }
  }

  /**
   * Compares the pace needed from now to the target with the pace achieved since the baseline; see
   * {@link AchievabilityRule}. Says nothing while either pace cannot be known: no baseline, target,
   * actual or due date, too little history, the target already reached, or the due date passed
   * (that is an overdue goal, not an unrealistic one).
   */
  private void checkAchievable(Goal goal, LocalDate date, Report report) {
    Metric metric = goal.metric();
    if (!metric.hasBaseline() || !metric.hasTarget() || !metric.hasActual()) {
      return;
    }
    if (!goal.hasDueDate()) {
      return;
    }
    double monthsSoFar = monthsBetween(metric.baseline().date(), date);
    double monthsLeft = monthsBetween(date, goal.dueDate());
    Direction direction = metric.directionOr(null); // set: baseline and target were checked
    double stillNeeded = direction.gain(metric.actual(), metric.target());
    if (monthsSoFar < achievability.monthsOfHistory() || monthsLeft <= 0 || stillNeeded <= 0) {
      return;
    }
    double neededPace = stillNeeded / monthsLeft;
    double achievedPace = direction.gain(metric.baseline().value(), metric.actual()) / monthsSoFar;
    String unit = Objects.toString(metric.unit(), "");
    if (achievedPace <= 0) {
      report.fail(
          ACHIEVABLE, SmartMessages.ACHIEVABLE_NO_PROGRESS_YET, neededPace, unit, monthsSoFar);
    } else if (neededPace > achievability.paceRatio() * achievedPace) {
      report.fail(
          ACHIEVABLE,
          SmartMessages.ACHIEVABLE_PACE_FAR_ABOVE_HISTORY,
          neededPace,
          achievedPace,
          unit,
          achievability.paceRatio());
    }
  }

  private static void checkRelevant(Goal goal, Goal supported, Report report) {
    AlignmentRule.problemOf(goal, supported)
        .ifPresent(
            problem ->
                report.fail(
                    RELEVANT,
                    relevanceMessage(problem),
                    goal.supports() == null ? "" : goal.supports()));
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

  private static void checkTimeBound(Goal goal, Goal supported, Report report) {
    if (!goal.hasDueDate()) {
      report.fail(TIME_BOUND, SmartMessages.TIME_BOUND_NO_DUE_DATE);
      return;
    }
    if (supported != null
        && supported.hasDueDate()
        && goal.dueDate().isAfter(supported.dueDate())) {
      report.fail(
          TIME_BOUND,
          SmartMessages.TIME_BOUND_AFTER_SUPPORTED_GOAL,
          goal.dueDate(),
          supported.key(),
          supported.dueDate());
    }
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

  /** Where the checks report: findings in full, or only whether any criterion failed. */
  private static final class Report {
    private final boolean detailed;
    private List<SmartFinding> findings = List.of();
    private boolean failed;

    Report(boolean detailed) {
      this.detailed = detailed;
    }

    void fail(SmartCriterion criterion, SmartMessages message, Object... arguments) {
      failed = true;
      if (detailed) {
        if (findings.isEmpty()) {
          findings = new ArrayList<>(4);
        }
        findings.add(SmartFinding.of(criterion, message, arguments));
      }
    }

    boolean failed() {
      return failed;
    }

    List<SmartFinding> findings() {
      return findings;
    }
  }
}
