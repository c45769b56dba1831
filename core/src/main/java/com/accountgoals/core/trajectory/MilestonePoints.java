package com.accountgoals.core.trajectory;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.message.Argument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Which of a business goal's milestones are points on its plan, and which contradict it. Milestones
 * are taken in order of day, then key, so the answer never depends on the order Jira returned them
 * in. A milestone without a value or a day is no point (the SMART check reports it); a dropped one
 * is no longer part of the plan.
 *
 * <ul>
 *   <li>Of two milestones on one day, the one with the smaller key counts; the other is a finding.
 *   <li>A milestone on or before the baseline day, or after the due date, is a finding.
 *   <li>For an increase or decrease: a milestone whose value goes back from the point before it
 *       (the start or the previous milestone that counts), or lies beyond the target valid on its
 *       day, is a finding. Floors and ceilings are not checked for this: their milestones hold a
 *       level.
 * </ul>
 *
 * @param points the milestones that count, in day order, before the goal's due date
 * @param findings the milestones that contradict the goal, in day order
 */
public record MilestonePoints(List<MilestonePoint> points, List<MilestoneFinding> findings) {

  private static final MilestonePoints NONE = new MilestonePoints(List.of(), List.of());

  public MilestonePoints {
    points = List.copyOf(points);
    findings = List.copyOf(findings);
  }

  /** The points and findings of {@code goal}'s {@code milestones}. */
  public static MilestonePoints of(Goal goal, Collection<Goal> milestones) {
    if (milestones.isEmpty()) {
      return NONE;
    }
    // An insertion sort by day, then key: a goal has a handful of milestones, mostly in order.
    Goal[] sorted = new Goal[milestones.size()];
    int count = 0;
    for (Goal milestone : milestones) {
      if (milestone.isAt(GoalLevel.MILESTONE)
          && !milestone.isDropped()
          && milestone.hasDueDate()
          && milestone.metric().hasTarget()) {
        int at = count++;
        while (at > 0 && comesBefore(milestone, sorted[at - 1])) {
          sorted[at] = sorted[at - 1];
          at--;
        }
        sorted[at] = milestone;
      }
    }
    return new Walk(goal).of(Arrays.asList(sorted).subList(0, count));
  }

  private static boolean comesBefore(Goal a, Goal b) {
    int byDay = a.dueDate().compareTo(b.dueDate());
    return byDay != 0 ? byDay < 0 : a.key().compareTo(b.key()) < 0;
  }

  /** True when no milestone contradicts the goal. */
  public boolean isConsistent() {
    return findings.isEmpty();
  }

  /** Walks the sorted milestones once. */
  private static final class Walk {
    private final Goal goal;
    private final Metric metric;
    private final Direction direction;
    private final List<MilestonePoint> points = new ArrayList<>(4);
    // Made when the first finding comes: most goals have none.
    private List<MilestoneFinding> findings = List.of();
    private boolean hasPrevious;
    private double previousValue;

    Walk(Goal goal) {
      this.goal = goal;
      this.metric = goal.metric();
      this.direction = metric.direction();
      this.hasPrevious = metric.hasBaseline() || metric.isCumulative();
      this.previousValue = hasPrevious ? metric.startValue() : 0;
    }

    MilestonePoints of(List<Goal> sorted) {
      for (int i = 0; i < sorted.size(); i++) {
        Goal milestone = sorted.get(i);
        int sameDay = i;
        while (sameDay + 1 < sorted.size()
            && sorted.get(sameDay + 1).dueDate().equals(milestone.dueDate())) {
          sameDay++;
        }
        if (sameDay > i) {
          reportSameDay(sorted.subList(i, sameDay + 1));
        }
        consider(milestone);
        i = sameDay;
      }
      return new MilestonePoints(points, findings);
    }

    private void addFinding(MilestoneFinding finding) {
      if (findings.isEmpty()) {
        findings = new ArrayList<>(2);
      }
      findings.add(finding);
    }

    private void reportSameDay(List<Goal> onOneDay) {
      List<IssueKey> keys = onOneDay.stream().map(Goal::key).toList();
      for (Goal extra : onOneDay.subList(1, onOneDay.size())) {
        addFinding(
            new MilestoneFinding(
                MilestoneProblem.SAME_DAY,
                goal.key(),
                extra.key(),
                List.of(
                    Argument.key(goal.key()), Argument.keys(keys), Argument.day(extra.dueDate()))));
      }
    }

    private void consider(Goal milestone) {
      LocalDate day = milestone.dueDate();
      double value = milestone.metric().target();
      if (metric.hasBaseline() && !day.isAfter(metric.baseline().date())) {
        report(
            MilestoneProblem.BEFORE_BASELINE,
            milestone,
            Argument.day(day),
            Argument.day(metric.baseline().date()));
        return;
      }
      if (goal.hasDueDate() && day.isAfter(goal.dueDate())) {
        report(
            MilestoneProblem.AFTER_DUE_DATE,
            milestone,
            Argument.day(day),
            Argument.day(goal.dueDate()));
        return;
      }
      if (direction != null && !direction.isKeep()) {
        if (hasPrevious && !direction.reaches(value, previousValue)) {
          report(
              MilestoneProblem.AGAINST_DIRECTION,
              milestone,
              Argument.amount(value, metric.unit()),
              Argument.amount(previousValue, metric.unit()));
          return;
        }
        Double target = metric.targetOn(day);
        if (target != null && direction.isBetter(target, value)) {
          report(
              MilestoneProblem.BEYOND_TARGET,
              milestone,
              Argument.amount(value, metric.unit()),
              Argument.amount(target, metric.unit()));
          return;
        }
      }
      if (goal.hasDueDate() && day.equals(goal.dueDate())) {
        return; // the goal's own target is the point of its due date
      }
      points.add(new MilestonePoint(milestone.key(), day, value));
      previousValue = value;
      hasPrevious = true;
    }

    private void report(MilestoneProblem problem, Goal milestone, Argument... details) {
      List<Argument> arguments = new ArrayList<>(details.length + 1);
      arguments.add(Argument.key(milestone.key()));
      arguments.addAll(List.of(details));
      addFinding(new MilestoneFinding(problem, goal.key(), milestone.key(), arguments));
    }
  }
}
