package com.accountgoals.jira.rest.board;

import static com.accountgoals.jira.rest.json.PartsMapper.constant;
import static com.accountgoals.jira.rest.json.PartsMapper.day;
import static com.accountgoals.jira.rest.json.PartsMapper.key;
import static com.accountgoals.jira.rest.json.PartsMapper.list;
import static com.accountgoals.jira.rest.json.PartsMapper.shortlist;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.plan.ActionCount;
import com.accountgoals.core.plan.MonthOutline;
import com.accountgoals.core.plan.RollingPlan;
import com.accountgoals.core.qbr.FactorLine;
import com.accountgoals.core.qbr.Findings;
import com.accountgoals.core.qbr.HealthOverview;
import com.accountgoals.core.qbr.Kpi;
import com.accountgoals.core.qbr.LightOverview;
import com.accountgoals.core.qbr.OutcomeCounts;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.qbr.QuarterReview;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.jira.rest.json.PartsMapper;

/** Maps core's board to its JSON ({@link BoardJson}), section by section. */
public final class BoardMapper {

  private BoardMapper() {}

  public static BoardJson toJson(QbrBoard board) {
    return new BoardJson(
        board.project().value(),
        quarter(board.quarter()),
        day(board.date()),
        new BoardJson.AccountLight(
            PartsMapper.light(board.accountLight().light()),
            board.accountLight().source().name(),
            key(board.accountLight().vision())),
        list(
            board.levels(),
            l -> new BoardJson.Level(l.level().name(), l.open(), l.done(), l.dropped())),
        review(board.review()),
        health(board.health()),
        lights(board.lights()),
        shortlist(board.kpis(), BoardMapper::kpi),
        findings(board.findings()),
        shortlist(board.nextQuarter(), PartsMapper::goalLine),
        plan(board.plan()),
        shortlist(
            board.owners(),
            o ->
                new BoardJson.Owner(
                    o.owner(), o.goals(), o.openGoals(), o.needingAttention(), o.openActions())),
        new BoardJson.Completeness(
            board.completeness().cap(),
            board.completeness().capReached(),
            list(board.completeness().partlyRead(), IssueKey::value)));
  }

  static BoardJson.Quarter quarter(Quarter quarter) {
    return new BoardJson.Quarter(
        quarter.toString(), day(quarter.firstDay()), day(quarter.lastDay()));
  }

  private static BoardJson.Review review(QuarterReview review) {
    return new BoardJson.Review(
        outcomes(review.goals()),
        shortlist(review.goalLines(), PartsMapper::goalLine),
        outcomes(review.milestones()),
        shortlist(review.milestoneLines(), PartsMapper::goalLine),
        shortlist(review.wins(), PartsMapper::goalLine),
        shortlist(review.dropped(), PartsMapper::goalLine),
        outcomes(review.previousGoals()),
        outcomes(review.previousMilestones()));
  }

  private static BoardJson.Outcomes outcomes(OutcomeCounts c) {
    return new BoardJson.Outcomes(
        c.metOnTime(),
        c.metLate(),
        c.done(),
        c.missed(),
        c.closedNotMeasured(),
        c.dropped(),
        c.overdue(),
        c.upcoming());
  }

  private static BoardJson.Health health(HealthOverview health) {
    var c = health.counts();
    return new BoardJson.Health(
        new BoardJson.HealthCounts(
            c.onTrack(), c.watch(), c.behind(), c.offTrack(), c.notMeasured()),
        shortlist(health.standings(), PartsMapper::standing));
  }

  private static BoardJson.Lights lights(LightOverview lights) {
    var c = lights.counts();
    return new BoardJson.Lights(
        new BoardJson.LightCounts(c.green(), c.amber(), c.red(), c.none()),
        shortlist(lights.red(), PartsMapper::goalLine),
        shortlist(lights.amber(), PartsMapper::goalLine),
        shortlist(lights.green(), PartsMapper::goalLine),
        shortlist(lights.redFactors(), BoardMapper::factor),
        shortlist(lights.amberFactors(), BoardMapper::factor),
        shortlist(lights.greenFactors(), BoardMapper::factor));
  }

  private static BoardJson.FactorLine factor(FactorLine f) {
    return new BoardJson.FactorLine(key(f.goal()), f.colour().name(), f.text(), f.position());
  }

  private static BoardJson.Kpi kpi(Kpi k) {
    return new BoardJson.Kpi(
        key(k.goal()),
        k.summary(),
        k.category().name(),
        k.unit(),
        constant(k.direction()),
        k.value(),
        day(k.valueDate()),
        k.previousValue(),
        k.change().name());
  }

  private static BoardJson.Findings findings(Findings findings) {
    return new BoardJson.Findings(
        shortlist(findings.notSmart(), PartsMapper::smart),
        shortlist(findings.alignment(), PartsMapper::alignmentFinding),
        shortlist(findings.milestones(), PartsMapper::milestoneFinding));
  }

  private static BoardJson.Plan plan(RollingPlan plan) {
    return new BoardJson.Plan(
        plan.firstMonth().toString(),
        list(plan.detail(), p -> action(p.action(), p.carriedOver())),
        plan.detailCount(),
        plan.carriedOver(),
        list(plan.outline(), BoardMapper::month),
        list(plan.undated(), a -> action(a, false)),
        plan.undatedCount());
  }

  private static BoardJson.Month month(MonthOutline m) {
    return new BoardJson.Month(
        m.month().toString(),
        m.actions(),
        m.open(),
        list(m.perGoal(), BoardMapper::count),
        list(m.perOwner(), BoardMapper::count));
  }

  private static BoardJson.Count count(ActionCount c) {
    return new BoardJson.Count(c.name(), c.actions());
  }

  private static BoardJson.Action action(Action a, boolean carriedOver) {
    return new BoardJson.Action(
        key(a.key()),
        a.summary(),
        a.assignee(),
        day(a.dueDate()),
        a.status().name(),
        key(a.supports()),
        carriedOver);
  }
}
