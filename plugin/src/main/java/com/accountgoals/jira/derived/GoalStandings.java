package com.accountgoals.jira.derived;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.core.trajectory.Progress;
import com.accountgoals.core.trajectory.Standing;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.rows.mapping.AppFields;
import com.accountgoals.jira.rows.mapping.IssueRows;
import com.accountgoals.jira.rows.mapping.ReadProblems;
import com.accountgoals.jira.rows.mapping.StatusMapping;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress and health of one business goal today, read from the goal's issue, its milestones
 * (Milestone issues linked to it with the app's link type) and their change histories through the
 * row source's mapper, with core's rules and the administrator's tolerance.
 *
 * <p>Today is {@link Today}'s. A goal's value is a fact of the goal, the same for every user: it is
 * read with the full change history, and who may see the goal is Jira's business, because the
 * values are fields of its issue.
 *
 * <p>No value, and never an exception, for anything that is not an unresolved business goal (for
 * health) or a business goal (for progress), before setup has run, and when Jira fails to answer
 * (logged): Jira calls this while it shows and indexes issues.
 */
public final class GoalStandings {

  private static final Logger LOG = LoggerFactory.getLogger(GoalStandings.class);

  private final InstalledItemsStore itemsStore;
  private final AdminSettingsStore settingsStore;
  private final CustomFieldManager customFieldManager;
  private final IssueLinkManager linkManager;
  private final ChangeHistoryManager historyManager;
  private final Today today;

  public GoalStandings(
      InstalledItemsStore itemsStore,
      AdminSettingsStore settingsStore,
      CustomFieldManager customFieldManager,
      IssueLinkManager linkManager,
      ChangeHistoryManager historyManager,
      Today today) {
    this.itemsStore = itemsStore;
    this.settingsStore = settingsStore;
    this.customFieldManager = customFieldManager;
    this.linkManager = linkManager;
    this.historyManager = historyManager;
    this.today = today;
  }

  /** The health today of the unresolved business goal {@code issue}; empty for anything else. */
  public Optional<Health> health(Issue issue) {
    return businessGoal(issue)
        .filter(read -> read.goal().status() == GoalStatus.OPEN)
        .map(
            read ->
                Standing.healthOf(read.goal(), read.milestones(), read.day(), read.tolerance()));
  }

  /**
   * How far the business goal {@code issue} has come today, in percent, to one decimal: above 100
   * past its target, below 0 when it moved the wrong way. Empty for anything else, and where core
   * has no progress (floors, ceilings, no reading, no baseline).
   */
  public Optional<Double> progress(Issue issue) {
    return businessGoal(issue)
        .flatMap(read -> Progress.of(read.goal().metric(), read.day()))
        .map(progress -> Math.round(progress.unclampedPercent() * 10) / 10.0);
  }

  private Optional<BusinessGoal> businessGoal(Issue issue) {
    if (issue == null || issue.getId() == null || issue.getKey() == null) {
      return Optional.empty();
    }
    try {
      InstalledItems items = itemsStore.load();
      if (!isBusinessGoal(issue, items)) {
        return Optional.empty();
      }
      ZoneId zone = today.zone();
      IssueRows rows =
          new IssueRows(
              AppFields.resolve(items, customFieldManager),
              items,
              new StatusMapping(Set.of()),
              new ReadProblems(issue.getKey()),
              zone);
      Goal goal = rows.goal(issue, historyManager.getChangeHistories(issue), List.of());
      if (goal == null || goal.level() != GoalLevel.BUSINESS) {
        return Optional.empty();
      }
      return Optional.of(
          new BusinessGoal(
              goal,
              milestonesOf(issue, goal.key(), items, rows),
              today.dateIn(zone),
              settingsStore.load().tolerance()));
    } catch (RuntimeException e) {
      LOG.warn(
          "No progress or health for {}: reading the goal from Jira failed", issue.getKey(), e);
      return Optional.empty();
    }
  }

  /** Whether the goal-level field of {@code issue} holds the business option setup created. */
  private boolean isBusinessGoal(Issue issue, InstalledItems items) {
    Optional<Long> business = items.optionId(AppField.GOAL_LEVEL, "BUSINESS");
    CustomField level =
        items
            .fieldId(AppField.GOAL_LEVEL)
            .map(customFieldManager::getCustomFieldObject)
            .orElse(null);
    return business.isPresent()
        && level != null
        && issue.getCustomFieldValue(level) instanceof Option option
        && business.get().equals(option.getOptionId());
  }

  private List<Goal> milestonesOf(Issue goal, IssueKey key, InstalledItems items, IssueRows rows) {
    Optional<Long> linkType = items.linkTypeId();
    Optional<String> milestoneType = items.issueTypeId(AppIssueType.MILESTONE);
    if (linkType.isEmpty() || milestoneType.isEmpty()) {
      return List.of();
    }
    List<Goal> milestones = new ArrayList<>();
    for (IssueLink link : linkManager.getInwardLinks(goal.getId())) {
      Issue source = link.getSourceObject();
      if (linkType.get().equals(link.getLinkTypeId())
          && source != null
          && milestoneType.get().equals(source.getIssueTypeId())) {
        Goal milestone = rows.goal(source, historyManager.getChangeHistories(source), List.of(key));
        if (milestone != null) {
          milestones.add(milestone);
        }
      }
    }
    return milestones;
  }

  private record BusinessGoal(
      Goal goal, List<Goal> milestones, LocalDate day, HealthTolerance tolerance) {}
}
