package com.accountgoals.jira.rows.fakes;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.trafficlight.TrafficLightCodec;
import com.accountgoals.jira.catalogue.AppField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.project.Project;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes core's rows into a {@link FakeJira} the way a team keeps them in Jira: a Goal or Milestone
 * issue per goal with the app's fields, the resolution for its status, the traffic light as the
 * field stores it, target changes and dated actual values as edits of the target and actual fields
 * (the reason in the reason field of the same edit), alignment as links of the app's link type, and
 * actions as tasks linked to their goal. The inverse of the row source's mapping, so that a board
 * read back through Jira can be compared with the board of the rows themselves.
 */
public final class AccountWriter {

  /** The resolution a team closes a goal with: Done. */
  public static final String DONE = "1";

  /** The resolution a team drops a goal with: Won't Do. */
  public static final String WONT_DO = "6";

  private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 2);

  private final FakeJira jira;
  private final Map<String, Project> projects = new HashMap<>();
  private final Map<IssueKey, Long> ids = new HashMap<>();
  private long nextId = 1;
  private long nextGroup = 1;

  /** A writer into {@code jira}, whose project 1 is the account project {@code account}. */
  public AccountWriter(FakeJira jira, ProjectKey account) {
    this.jira = jira;
    projects.put(account.value(), jira.project(1, account.value(), true));
    jira.resolution(DONE, "Done");
    jira.resolution(WONT_DO, "Won't Do");
  }

  /** Writes {@code rows}: every issue first, then the links between them. */
  public void write(AccountRows rows) {
    rows.goals().forEach(this::goal);
    rows.actions().forEach(this::action);
    for (Goal goal : rows.goals()) {
      goal.supports().forEach(supported -> link(goal.key(), supported));
    }
    for (Action action : rows.actions()) {
      if (action.supports() != null) {
        link(action.key(), action.supports());
      }
    }
  }

  private void goal(Goal goal) {
    TestIssue issue =
        issue(goal.key(), goal.summary(), goal.owner(), goal.dueDate(), goal.status());
    if (goal.level().name().equals("MILESTONE")) {
      issue.milestone();
    } else {
      issue.option(AppField.GOAL_LEVEL, goal.level().name());
    }
    issue.option(AppField.SCOPE, goal.scope().name());
    if (goal.category() != GoalCategory.OTHER) { // "other" is an empty category field
      issue.option(AppField.CATEGORY, goal.category().name());
    }
    if (goal.kpi()) {
      issue.kpi();
    }
    if (!goal.trafficLight().isEmpty()) {
      issue.value(AppField.TRAFFIC_LIGHT, TrafficLightCodec.encode(goal.trafficLight()));
    }
    if (goal.level().isMeasurable()) {
      metric(issue, goal.metric());
    }
    jira.add(issue.created(TestIssue.at(createdOn(goal.metric()))));
  }

  private void metric(TestIssue issue, Metric metric) {
    if (metric.unit() != null) {
      issue.value(AppField.UNIT, metric.unit());
    }
    if (metric.chosenDirection() != null) {
      issue.option(AppField.DIRECTION, metric.chosenDirection().name());
    }
    issue.option(AppField.METRIC_KIND, metric.kind().name());
    issue.option(AppField.METRIC_SCALE, metric.scale().name());
    if (metric.baseline() != null) {
      issue.value(AppField.BASELINE, metric.baseline().value());
      issue.value(AppField.BASELINE_DATE, TestIssue.at(metric.baseline().date()));
    }
    if (metric.target() != null) {
      issue.value(AppField.TARGET, metric.target());
    }
    if (metric.tolerance() != null) {
      issue.value(AppField.TOLERANCE, metric.tolerance().offTrackBeyond());
    }
    List<Reading> readings = metric.readings().all();
    if (!readings.isEmpty()) {
      issue.value(AppField.ACTUAL, readings.get(readings.size() - 1).value());
    }
    edits(issue.getId(), metric);
  }

  /** The edits of target and actual, in the order they were made. */
  private void edits(long issueId, Metric metric) {
    List<Edit> edits = new ArrayList<>();
    for (TargetChange change : metric.targetChanges()) {
      List<ChangeItemBean> items = new ArrayList<>();
      items.add(ChangeGroups.number(AppField.TARGET, text(change.from()), text(change.to())));
      if (change.reason() != null) {
        items.add(ChangeGroups.text(AppField.TARGET_CHANGE_REASON, change.reason()));
      }
      edits.add(new Edit(change.date(), 0, change.author(), items));
    }
    Double before = null;
    long order = 1;
    for (Reading reading : metric.readings().all()) {
      ChangeItemBean item =
          ChangeGroups.number(AppField.ACTUAL, text(before), text(reading.value()));
      edits.add(new Edit(reading.date(), order++, "Anna Berger", List.of(item)));
      before = reading.value();
    }
    edits.sort(Comparator.comparing(Edit::day).thenComparingLong(Edit::order));
    int minute = 0;
    for (Edit edit : edits) {
      LocalDateTime when = edit.day().atTime(9, 0).plusMinutes(minute++ % 600);
      jira.history(
          ChangeGroups.change(
              nextGroup++,
              issueId,
              when,
              edit.author(),
              edit.items().toArray(ChangeItemBean[]::new)));
    }
  }

  private void action(Action action) {
    TestIssue issue =
        issue(action.key(), action.summary(), action.assignee(), action.dueDate(), action.status());
    jira.add(issue.type(Setup.TASK_TYPE));
  }

  private TestIssue issue(
      IssueKey key, String summary, String owner, LocalDate due, GoalStatus status) {
    long id = nextId++;
    ids.put(key, id);
    TestIssue issue = new TestIssue(id, key.value(), project(key)).summary(summary).due(due);
    if (owner != null) {
      issue.assignee(owner);
    }
    switch (status) {
      case DONE -> issue.resolution(DONE);
      case DROPPED -> issue.resolution(WONT_DO);
      case OPEN -> {}
    }
    return issue;
  }

  private Project project(IssueKey key) {
    return projects.computeIfAbsent(
        key.project().value(), name -> jira.project(projects.size() + 1L, name, true));
  }

  private void link(IssueKey from, IssueKey to) {
    Long source = ids.get(from);
    Long destination = ids.get(to);
    if (source != null && destination != null) {
      jira.link(Setup.LINK_TYPE, source, destination);
    }
  }

  /** The day the issue was created: before anything the team recorded on it. */
  private static LocalDate createdOn(Metric metric) {
    return Stream.concat(
            Stream.concat(
                metric.readings().all().stream().map(Reading::date),
                metric.targetChanges().stream().map(TargetChange::date)),
            Stream.ofNullable(metric.baseline()).map(Reading::date))
        .min(Comparator.naturalOrder())
        .orElse(LONG_AGO);
  }

  private static String text(Double value) {
    return value == null ? null : String.valueOf(value);
  }

  private record Edit(LocalDate day, long order, String author, List<ChangeItemBean> items) {}
}
