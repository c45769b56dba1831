package com.accountgoals.jira.rows.read;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Completeness;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.rows.mapping.AppFields;
import com.accountgoals.jira.rows.mapping.DroppedResolutions;
import com.accountgoals.jira.rows.mapping.IssueRows;
import com.accountgoals.jira.rows.mapping.ReadProblems;
import com.accountgoals.jira.rows.mapping.StatusMapping;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.TodayZone;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * Reads the rows of one board from Jira as the calling user, in as few calls as Jira allows:
 *
 * <ol>
 *   <li>the project's goals and milestones, one JQL search per {@value IssueSearch#PAGE} issues,
 *       with their change histories in one call per page;
 *   <li>the alignment links of each goal (Jira has no bulk read of links), and the goals outside
 *       the project they support, searched by id as the user, so only goals the user may see come
 *       along, level by level up the alignment;
 *   <li>the actions: the issues linked to the project's goals, searched by id with the window's
 *       conditions in the JQL, so Jira filters them.
 * </ol>
 *
 * Goals (the project's and those outside it together) and actions are each read up to the
 * administrator's cap; when a cap cuts them, the rows say so.
 */
public final class BoardReader {

  private final IssueSearch search;
  private final Histories histories;
  private final IssueLinkManager linkManager;
  private final CustomFieldManager customFieldManager;
  private final ResolutionManager resolutionManager;
  private final TodayZone todayZone;

  public BoardReader(
      SearchService searchService,
      ChangeHistoryManager historyManager,
      IssueLinkManager linkManager,
      CustomFieldManager customFieldManager,
      ResolutionManager resolutionManager,
      TodayZone todayZone) {
    this.search = new IssueSearch(searchService);
    this.histories = new Histories(historyManager);
    this.linkManager = linkManager;
    this.customFieldManager = customFieldManager;
    this.resolutionManager = resolutionManager;
    this.todayZone = todayZone;
  }

  /** The rows of the project {@code projectId} ({@code projectKey}) for {@code window}. */
  public ReadRows read(
      long projectId,
      String projectKey,
      ApplicationUser user,
      DateWindow window,
      AdminSettings settings,
      InstalledItems items) {
    ReadProblems problems = new ReadProblems(projectKey);
    List<String> goalTypes = goalTypes(items);
    if (goalTypes.size() < AppIssueType.values().length) {
      problems.ofTheBoard("setup has not recorded the Goal and Milestone issue types: no rows");
      return new ReadRows(AccountRows.empty(), Set.of(), problems.log());
    }
    AppFields fields = AppFields.resolve(items, customFieldManager);
    if (!fields.missing().isEmpty()) {
      problems.ofTheBoard(
          "these fields are missing, their values read as unset: " + fields.missing());
    }
    if (items.linkTypeId().isEmpty()) {
      problems.ofTheBoard("setup has not recorded the alignment link type: no links, no actions");
    }
    Board board =
        new Board(
            user,
            settings.searchCap(),
            goalTypes,
            new Links(linkManager, items.linkTypeId().orElse(null)),
            new IssueRows(
                fields, items, statusMapping(settings), problems, todayZone.of(settings)));
    board.readGoals(projectId);
    List<Action> actions = board.readActions(projectId, window);
    List<Goal> goals = board.goalRows(fields, problems);
    Completeness completeness =
        new Completeness(settings.searchCap(), board.capReached, problems.partlyReadIssues());
    return new ReadRows(
        new AccountRows(goals, actions, TrafficLight.none(), completeness),
        board.outsideProjects(projectId),
        problems.log());
  }

  private StatusMapping statusMapping(AdminSettings settings) {
    if (settings.droppedResolutionsChosen()) {
      return new StatusMapping(settings.droppedResolutions());
    }
    return new StatusMapping(DroppedResolutions.propose(resolutionManager.getResolutions()));
  }

  private static List<String> goalTypes(InstalledItems items) {
    List<String> ids = new ArrayList<>();
    for (AppIssueType type : AppIssueType.values()) {
      items.issueTypeId(type).ifPresent(ids::add);
    }
    return ids;
  }

  /** The state of one board's read. */
  private final class Board {

    private final ApplicationUser user;
    private final int cap;
    private final List<String> goalTypes;
    private final Links links;
    private final IssueRows rows;
    private final Map<Long, Issue> goals = new LinkedHashMap<>();
    private final Map<Long, List<ChangeHistory>> goalHistories = new HashMap<>();
    private final Map<Long, List<Long>> supported = new HashMap<>();
    private final Set<Long> own = new HashSet<>();
    private final Set<Long> asked = new HashSet<>();
    private boolean capReached;

    Board(ApplicationUser user, int cap, List<String> goalTypes, Links links, IssueRows rows) {
      this.user = user;
      this.cap = cap;
      this.goalTypes = goalTypes;
      this.links = links;
      this.rows = rows;
    }

    void readGoals(long projectId) {
      IssueSearch.Outcome outcome =
          search.search(user, Jql.goalsOf(projectId, goalTypes), cap, this::addGoals);
      capReached = outcome.limitReached();
      own.addAll(goals.keySet());
      Set<Long> frontier = followLinks(own);
      while (!frontier.isEmpty()) {
        Set<Long> before = new HashSet<>(goals.keySet());
        asked.addAll(frontier);
        for (List<Long> chunk : chunks(frontier)) {
          IssueSearch.Outcome more =
              search.search(
                  user, Jql.goalsAmong(chunk, goalTypes), cap - goals.size(), this::addGoals);
          capReached |= more.limitReached();
        }
        Set<Long> found = new HashSet<>(goals.keySet());
        found.removeAll(before);
        frontier = followLinks(found);
      }
    }

    private void addGoals(List<Issue> page) {
      goalHistories.putAll(histories.of(page, user));
      for (Issue issue : page) {
        goals.put(issue.getId(), issue);
      }
    }

    /** Reads the outward links of {@code ids}; the ids they point to that are not read yet. */
    private Set<Long> followLinks(Set<Long> ids) {
      Set<Long> unknown = new TreeSet<>();
      for (Long id : ids) {
        List<Long> targets = links.supportedBy(id);
        supported.put(id, targets);
        for (Long target : targets) {
          if (!goals.containsKey(target) && !asked.contains(target)) {
            unknown.add(target);
          }
        }
      }
      return unknown;
    }

    List<Action> readActions(long projectId, DateWindow window) {
      Map<Long, IssueKey> served = new HashMap<>();
      for (Long goalId : own) {
        for (Long supporter : links.supportersOf(goalId)) {
          if (!goals.containsKey(supporter)) {
            served.merge(supporter, keyOf(goalId), BinaryOperator.minBy(Comparator.naturalOrder()));
          }
        }
      }
      List<Action> actions = new ArrayList<>();
      int read = 0;
      for (List<Long> chunk : chunks(new TreeSet<>(served.keySet()))) {
        IssueSearch.Outcome outcome =
            search.search(
                user,
                Jql.actionsAmong(projectId, chunk, goalTypes, window),
                cap - read,
                page -> {
                  for (Issue issue : page) {
                    Action action = rows.action(issue, served.get(issue.getId()));
                    if (action != null) {
                      actions.add(action);
                    }
                  }
                });
        read += outcome.read();
        capReached |= outcome.limitReached();
      }
      return actions;
    }

    List<Goal> goalRows(AppFields fields, ReadProblems problems) {
      List<Goal> result = new ArrayList<>(goals.size());
      for (Issue issue : goals.values()) {
        List<IssueKey> supports = new ArrayList<>();
        for (Long target : supported.getOrDefault(issue.getId(), List.of())) {
          if (goals.containsKey(target)) {
            supports.add(keyOf(target));
          }
        }
        Goal goal =
            rows.goal(issue, goalHistories.getOrDefault(issue.getId(), List.of()), supports);
        if (goal != null) {
          result.add(goal);
          if (!fields.missing().isEmpty()) {
            problems.partlyRead(goal.key(), "fields missing");
          }
        }
      }
      return result;
    }

    Set<Long> outsideProjects(long projectId) {
      Set<Long> projects = new TreeSet<>();
      for (Issue issue : goals.values()) {
        if (!own.contains(issue.getId()) && issue.getProjectObject() != null) {
          projects.add(issue.getProjectObject().getId());
        }
      }
      projects.remove(projectId);
      return projects;
    }

    private IssueKey keyOf(Long goalId) {
      return IssueKey.of(goals.get(goalId).getKey());
    }
  }

  private static List<List<Long>> chunks(Set<Long> ids) {
    List<List<Long>> chunks = new ArrayList<>();
    List<Long> chunk = new ArrayList<>(IssueSearch.PAGE);
    for (Long id : ids) {
      chunk.add(id);
      if (chunk.size() == IssueSearch.PAGE) {
        chunks.add(chunk);
        chunk = new ArrayList<>(IssueSearch.PAGE);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
