package com.accountgoals.jira.derived.freshness;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goals whose Goal progress or Goal health read a changed issue or link. {@code GoalStandings}
 * reads a goal's own issue and its milestones: the Milestone issues linked to it, as the source of
 * a link of the app's type, and their histories. So:
 *
 * <ul>
 *   <li>a Milestone's change concerns the goals it supports (its outward links of the app's type to
 *       Goal issues), and nothing else;
 *   <li>a Goal's own change concerns no other goal (no goal's standing reads another goal; Jira
 *       re-indexes the changed goal itself), nor does an action's or any other issue's;
 *   <li>a link made or removed concerns its destination goal when it is of the app's type and its
 *       source is a Milestone; when the source can no longer be read (a deleted milestone), the
 *       link itself still names the goal, which is then re-indexed too.
 * </ul>
 *
 * <p>Only goals of account projects (the projects the app serves, and the daily re-index visits),
 * and nothing before setup has recorded the issue types and the link type. A deleted milestone's
 * own issue event finds nothing: Jira removed its links before announcing the deletion; its goals
 * are reached through the link events of that removal.
 */
public final class DependentGoals {

  private final InstalledItemsStore itemsStore;
  private final AdminSettingsStore settingsStore;
  private final IssueLinkManager linkManager;

  public DependentGoals(
      InstalledItemsStore itemsStore,
      AdminSettingsStore settingsStore,
      IssueLinkManager linkManager) {
    this.itemsStore = itemsStore;
    this.settingsStore = settingsStore;
    this.linkManager = linkManager;
  }

  /** The goals whose values read {@code changed}, each once. */
  public List<Issue> of(Issue changed) {
    Optional<Alignment> alignment = Alignment.of(itemsStore.load());
    if (changed == null
        || alignment.isEmpty()
        || !alignment.get().milestoneType().equals(changed.getIssueTypeId())) {
      return List.of();
    }
    Map<Long, Issue> goals = new LinkedHashMap<>();
    for (IssueLink link : linkManager.getOutwardLinks(changed.getId())) {
      supported(link, alignment.get()).ifPresent(goal -> goals.putIfAbsent(goal.getId(), goal));
    }
    return inAccountProjects(goals.values());
  }

  /** The goal whose values read the link {@code link} (made or removed), if any. */
  public List<Issue> of(IssueLink link) {
    Optional<Alignment> alignment = Alignment.of(itemsStore.load());
    if (link == null || alignment.isEmpty()) {
      return List.of();
    }
    Issue source = link.getSourceObject();
    if (source != null && !alignment.get().milestoneType().equals(source.getIssueTypeId())) {
      return List.of();
    }
    return inAccountProjects(supported(link, alignment.get()).stream().toList());
  }

  /** The destination of {@code link} when it is a link of the app's type to a Goal. */
  private static Optional<Issue> supported(IssueLink link, Alignment alignment) {
    Issue goal = link.getDestinationObject();
    return alignment.linkType().equals(link.getLinkTypeId())
            && goal != null
            && alignment.goalType().equals(goal.getIssueTypeId())
        ? Optional.of(goal)
        : Optional.empty();
  }

  private List<Issue> inAccountProjects(Collection<Issue> goals) {
    if (goals.isEmpty()) {
      return List.of();
    }
    AdminSettings settings = settingsStore.load();
    return goals.stream().filter(goal -> inAccountProject(goal, settings)).toList();
  }

  private static boolean inAccountProject(Issue goal, AdminSettings settings) {
    Project project = goal.getProjectObject();
    return project != null && project.getId() != null && settings.isAccountProject(project.getId());
  }

  /** What setup recorded of the alignment: the link type and the two issue types. */
  private record Alignment(Long linkType, String milestoneType, String goalType) {

    static Optional<Alignment> of(InstalledItems items) {
      return items
          .linkTypeId()
          .flatMap(
              link ->
                  items
                      .issueTypeId(AppIssueType.MILESTONE)
                      .flatMap(
                          milestone ->
                              items
                                  .issueTypeId(AppIssueType.GOAL)
                                  .map(goal -> new Alignment(link, milestone, goal))));
    }
  }
}
