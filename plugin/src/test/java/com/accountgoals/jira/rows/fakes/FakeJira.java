package com.accountgoals.jira.rows.fakes;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.jira.rows.fakes.Calls.Kind;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Jira in memory: projects, issues with field values, change histories and links, one user
 * who may browse some projects. It answers exactly the JQL the board builds (and refuses any
 * other), counts each call by kind in {@link #calls()}.
 */
public final class FakeJira extends ReadOnlyFieldManager
    implements SearchService,
        ChangeHistoryManager,
        IssueLinkManager,
        ResolutionManager,
        ProjectManager,
        PermissionManager {

  private static final Pattern GOALS_OF =
      Pattern.compile("project = (\\d+) AND issuetype in \\(([^)]*)\\) ORDER BY key ASC");
  private static final Pattern GOALS_AMONG =
      Pattern.compile("issue in \\(([^)]*)\\) AND issuetype in \\(([^)]*)\\) ORDER BY key ASC");
  private static final Pattern ACTIONS_AMONG =
      Pattern.compile(
          "project = (\\d+) AND issue in \\(([^)]*)\\) AND issuetype not in \\(([^)]*)\\)"
              + " AND \\(\\(duedate >= \"([-\\d]+)\" AND duedate <= \"([-\\d]+)\"\\)"
              + " OR \\(resolution is EMPTY AND \\(duedate < \"[-\\d]+\" OR duedate is EMPTY\\)\\)\\)"
              + " ORDER BY key ASC");

  private final Calls calls = new Calls();
  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Set<Long> browsable = new HashSet<>();
  private final Map<Long, TestIssue> issues = new LinkedHashMap<>();
  private final Map<Long, List<ChangeHistory>> histories = new HashMap<>();
  private final Map<Long, List<IssueLink>> outward = new HashMap<>();
  private final Map<Long, List<IssueLink>> inward = new HashMap<>();
  private final List<Resolution> resolutions = new ArrayList<>();
  private final Fields fields = new Fields();
  private final Map<String, List<Issue>> answers = new HashMap<>();

  /** The calls made so far. */
  public Calls calls() {
    return calls;
  }

  /**
   * Adds the project {@code key} with the id {@code id}; {@code visible}: the user may browse it.
   */
  public Project project(long id, String key, boolean visible) {
    Project project = new IdOnlyProject(id);
    projects.put(key, project);
    if (visible) {
      browsable.add(id);
    }
    return project;
  }

  /** Adds an issue; its field reads are counted. */
  public TestIssue add(TestIssue issue) {
    issue.onFieldRead(() -> calls.count(Kind.FIELD_READ));
    issues.put(issue.getId(), issue);
    answers.clear();
    return issue;
  }

  /** Adds a change group to the history of its issue. */
  public void history(ChangeHistory history) {
    histories.computeIfAbsent(history.getIssueId(), id -> new ArrayList<>()).add(history);
  }

  /** Links {@code source} to {@code destination} with the link type {@code type}. */
  public void link(long type, long source, long destination) {
    IssueLink link = new Link(type, source, destination);
    outward.computeIfAbsent(source, id -> new ArrayList<>()).add(link);
    inward.computeIfAbsent(destination, id -> new ArrayList<>()).add(link);
  }

  /** Adds a resolution. */
  public void resolution(String id, String name) {
    resolutions.add(Jiras.resolution(id, name));
  }

  // SearchService

  @Override
  public ParseResult parseQuery(ApplicationUser searcher, String query) {
    calls.count(Kind.PARSE);
    boolean valid =
        GOALS_OF.matcher(query).matches()
            || GOALS_AMONG.matcher(query).matches()
            || ACTIONS_AMONG.matcher(query).matches();
    Query parsed = new Jql(query);
    return mock(
        ParseResult.class,
        withSettings()
            .stubOnly()
            .defaultAnswer(
                call ->
                    switch (call.getMethod().getName()) {
                      case "isValid" -> valid;
                      case "getQuery" -> valid ? parsed : null;
                      default -> null;
                    }));
  }

  @Override
  @SuppressWarnings("unchecked")
  public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
    calls.count(Kind.SEARCH);
    List<Issue> all = answers.computeIfAbsent(((Jql) query).text(), this::answer);
    int from = Math.min(pager.getStart(), all.size());
    int to = Math.min(pager.getStart() + pager.getMax(), all.size());
    List<Issue> page = List.copyOf(all.subList(from, to));
    int total = all.size();
    return mock(
        SearchResults.class,
        withSettings()
            .stubOnly()
            .defaultAnswer(
                call ->
                    switch (call.getMethod().getName()) {
                      case "getResults" -> page;
                      case "getTotal" -> total;
                      default -> null;
                    }));
  }

  /** The board searches as its user, never without permission checks. */
  @Override
  public SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) {
    throw new UnsupportedOperationException("the board never searches without permission checks");
  }

  private List<Issue> answer(String jql) {
    Matcher goalsOf = GOALS_OF.matcher(jql);
    if (goalsOf.matches()) {
      long project = Long.parseLong(goalsOf.group(1));
      Set<String> types = set(goalsOf.group(2));
      return found(
          i -> i.getProjectObject().getId() == project && types.contains(i.getIssueTypeId()));
    }
    Matcher among = GOALS_AMONG.matcher(jql);
    if (among.matches()) {
      Set<String> ids = set(among.group(1));
      Set<String> types = set(among.group(2));
      return found(
          i -> ids.contains(String.valueOf(i.getId())) && types.contains(i.getIssueTypeId()));
    }
    Matcher actions = ACTIONS_AMONG.matcher(jql);
    actions.matches();
    long project = Long.parseLong(actions.group(1));
    Set<String> ids = set(actions.group(2));
    Set<String> goalTypes = set(actions.group(3));
    LocalDate first = LocalDate.parse(actions.group(4));
    LocalDate last = LocalDate.parse(actions.group(5));
    return found(
        i ->
            i.getProjectObject().getId() == project
                && ids.contains(String.valueOf(i.getId()))
                && !goalTypes.contains(i.getIssueTypeId())
                && matters(i, first, last));
  }

  private static boolean matters(Issue issue, LocalDate first, LocalDate last) {
    LocalDate due =
        issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate();
    if (due != null && !due.isBefore(first) && !due.isAfter(last)) {
      return true;
    }
    return issue.getResolutionId() == null && (due == null || due.isBefore(first));
  }

  private List<Issue> found(Predicate<Issue> wanted) {
    return issues.values().stream()
        .filter(i -> browsable.contains(i.getProjectObject().getId()))
        .filter(wanted)
        .sorted(Comparator.comparing(i -> IssueKey.of(i.getKey())))
        .map(Issue.class::cast)
        .toList();
  }

  private static Set<String> set(String ids) {
    return new HashSet<>(Arrays.asList(ids.split(", ")));
  }

  // ChangeHistoryManager

  @Override
  public List<ChangeHistory> getChangeHistoriesForUser(
      Iterable<Issue> page, ApplicationUser remoteUser) {
    calls.count(Kind.HISTORY_READ);
    List<ChangeHistory> all = new ArrayList<>();
    for (Issue issue : page) {
      all.addAll(histories.getOrDefault(issue.getId(), List.of()));
    }
    return all;
  }

  @Override
  public List<ChangeHistory> getChangeHistories(Issue issue) {
    calls.count(Kind.HISTORY_READ);
    return histories.getOrDefault(issue.getId(), List.of());
  }

  // IssueLinkManager

  @Override
  public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
    calls.count(Kind.LINK_READ);
    return outward.getOrDefault(sourceIssueId, List.of());
  }

  @Override
  public List<IssueLink> getInwardLinks(Long destinationIssueId) {
    calls.count(Kind.LINK_READ);
    return inward.getOrDefault(destinationIssueId, List.of());
  }

  // CustomFieldManager, ResolutionManager, ProjectManager, PermissionManager

  @Override
  public CustomField getCustomFieldObject(String id) {
    calls.count(Kind.LOOKUP);
    return fields.getCustomFieldObject(id);
  }

  @Override
  public List<Resolution> getResolutions() {
    calls.count(Kind.LOOKUP);
    return List.copyOf(resolutions);
  }

  @Override
  public Project getProjectObjByKey(String projectKey) {
    calls.count(Kind.LOOKUP);
    return projects.get(projectKey);
  }

  @Override
  public boolean hasPermission(
      ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
    calls.count(Kind.LOOKUP);
    return browsable.contains(project.getId());
  }

  private record Jql(String text) implements Query {}

  private final class Link implements IssueLink {
    private final long type;
    private final long source;
    private final long destination;

    Link(long type, long source, long destination) {
      this.type = type;
      this.source = source;
      this.destination = destination;
    }

    @Override
    public Long getLinkTypeId() {
      return type;
    }

    @Override
    public Long getSourceId() {
      return source;
    }

    @Override
    public Long getDestinationId() {
      return destination;
    }

    @Override
    public Issue getSourceObject() {
      return issues.get(source);
    }

    @Override
    public Issue getDestinationObject() {
      return issues.get(destination);
    }
  }

  // ProjectManager's member the row source never calls.

  @Override
  public Project getProjectObj(Long id) {
    throw new UnsupportedOperationException("the row source finds projects by key only");
  }
}
