package com.accountgoals.jira.rest.goal;

import static com.accountgoals.jira.rest.json.PartsMapper.constant;
import static com.accountgoals.jira.rest.json.PartsMapper.day;
import static com.accountgoals.jira.rest.json.PartsMapper.list;

import com.accountgoals.core.detail.GoalDetail;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.jira.rest.json.PartsMapper;
import java.time.LocalDate;

/** Maps core's goal detail to its JSON ({@link GoalDetailJson}). */
public final class GoalDetailMapper {

  private GoalDetailMapper() {}

  public static GoalDetailJson toJson(GoalDetail detail) {
    return new GoalDetailJson(
        goal(detail.goal(), detail.date()),
        day(detail.date()),
        detail.verdict().outcome().name(),
        day(detail.verdict().metOn()),
        constant(detail.health()),
        detail.why() == null
            ? null
            : PartsMapper.message(detail.why().messageKey(), detail.why().arguments()),
        PartsMapper.progress(detail.progress()),
        PartsMapper.standing(detail.standing()),
        PartsMapper.smart(detail.smart()),
        list(detail.goal().metric().targetChanges(), PartsMapper::targetChange),
        list(detail.supports(), PartsMapper::goalLine),
        list(detail.supportedBy(), PartsMapper::goalLine));
  }

  private static GoalDetailJson.Goal goal(Goal goal, LocalDate date) {
    Metric metric = goal.metric();
    return new GoalDetailJson.Goal(
        goal.key().value(),
        goal.summary(),
        goal.level().name(),
        goal.scope().name(),
        goal.category().name(),
        goal.kpi(),
        goal.owner(),
        day(goal.dueDate()),
        goal.status().name(),
        metric.unit(),
        constant(metric.direction()),
        metric.baseline() == null ? null : PartsMapper.point(metric.baseline()),
        metric.targetOn(date),
        PartsMapper.light(goal.trafficLight()));
  }
}
