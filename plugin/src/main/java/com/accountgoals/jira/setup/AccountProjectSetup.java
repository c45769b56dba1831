package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.catalogue.FieldKind;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a project an account project, at an administrator's request: adds Goal and Milestone to the
 * project's issue type scheme (when it lacks them), adds the app's editable fields to the first tab
 * of every screen the project uses for those two types (skipping screens that have them), records
 * the project in the settings and lists what it changed. Removing a project from the list changes
 * nothing in Jira.
 */
public final class AccountProjectSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AccountProjectSetup.class);

  private final ProjectManager projectManager;
  private final IssueTypeManager issueTypeManager;
  private final IssueTypeSchemeManager issueTypeSchemeManager;
  private final IssueTypeScreenSchemeManager screenSchemeManager;
  private final CustomFieldManager customFieldManager;
  private final InstalledItemsStore installedItems;
  private final AdminSettingsStore settings;

  public AccountProjectSetup(
      ProjectManager projectManager,
      IssueTypeManager issueTypeManager,
      IssueTypeSchemeManager issueTypeSchemeManager,
      IssueTypeScreenSchemeManager screenSchemeManager,
      CustomFieldManager customFieldManager,
      InstalledItemsStore installedItems,
      AdminSettingsStore settings) {
    this.projectManager = projectManager;
    this.issueTypeManager = issueTypeManager;
    this.issueTypeSchemeManager = issueTypeSchemeManager;
    this.screenSchemeManager = screenSchemeManager;
    this.customFieldManager = customFieldManager;
    this.installedItems = installedItems;
    this.settings = settings;
  }

  /** Makes {@code projectId} an account project and says what changed. */
  public AccountProjectChanges makeAccountProject(long projectId) {
    Project project = projectManager.getProjectObj(projectId);
    if (project == null) {
      LOG.warn("Cannot make project {} an account project: no such project", projectId);
      return problem(SetupMessage.of("account-goals.setup.project.unknown", projectId));
    }
    InstalledItems items = installedItems.load();
    List<IssueType> types = new ArrayList<>();
    for (AppIssueType type : AppIssueType.values()) {
      IssueType issueType =
          items.issueTypeId(type).map(issueTypeManager::getIssueType).orElse(null);
      if (issueType == null) {
        LOG.warn(
            "Cannot make project {} an account project: issue type {} is missing",
            project.getKey(),
            type);
        return problem(SetupMessage.of("account-goals.setup.project.notypes", project.getName()));
      }
      types.add(issueType);
    }
    List<SetupMessage> changes = new ArrayList<>();
    addToScheme(project, types, changes);
    addToScreens(project, types, editableFields(items), changes);
    AdminSettings current = settings.load();
    if (!current.isAccountProject(projectId)) {
      List<Long> projects = new ArrayList<>(current.accountProjects());
      projects.add(projectId);
      settings.save(withProjects(current, projects));
    }
    LOG.info("Made project {} an account project: {} changes", project.getKey(), changes.size());
    return new AccountProjectChanges(changes, List.of());
  }

  /** Takes {@code projectId} off the list of account projects; nothing in Jira changes. */
  public void removeAccountProject(long projectId) {
    AdminSettings current = settings.load();
    if (current.isAccountProject(projectId)) {
      List<Long> projects = new ArrayList<>(current.accountProjects());
      projects.remove(Long.valueOf(projectId));
      settings.save(withProjects(current, projects));
    }
  }

  private void addToScheme(Project project, List<IssueType> types, List<SetupMessage> changes) {
    Set<String> ids = new LinkedHashSet<>();
    project.getIssueTypes().forEach(type -> ids.add(type.getId()));
    List<IssueType> missing = types.stream().filter(type -> !ids.contains(type.getId())).toList();
    if (missing.isEmpty()) {
      return;
    }
    FieldConfigScheme scheme = issueTypeSchemeManager.getConfigScheme(project);
    missing.forEach(type -> ids.add(type.getId()));
    issueTypeSchemeManager.update(scheme, ids);
    for (IssueType type : missing) {
      changes.add(
          SetupMessage.of("account-goals.setup.project.scheme", type.getName(), scheme.getName()));
    }
  }

  private void addToScreens(
      Project project,
      List<IssueType> types,
      List<CustomField> fields,
      List<SetupMessage> changes) {
    IssueTypeScreenScheme screenScheme = screenSchemeManager.getIssueTypeScreenScheme(project);
    Map<Long, FieldScreen> screens = new LinkedHashMap<>();
    for (IssueType type : types) {
      for (FieldScreenSchemeItem item :
          screenScheme.getEffectiveFieldScreenScheme(type).getFieldScreenSchemeItems()) {
        FieldScreen screen = item.getFieldScreen();
        if (screen != null) {
          screens.putIfAbsent(screen.getId(), screen);
        }
      }
    }
    for (FieldScreen screen : screens.values()) {
      for (CustomField field : fields) {
        if (!screen.containsField(field.getId())) {
          screen.getTab(0).addFieldScreenLayoutItem(field.getId());
          changes.add(
              SetupMessage.of(
                  "account-goals.setup.project.screen", field.getName(), screen.getName()));
        }
      }
    }
  }

  /** The app's fields an administrator edits (not the calculated ones) that exist in Jira. */
  private List<CustomField> editableFields(InstalledItems items) {
    List<CustomField> fields = new ArrayList<>();
    for (AppField field : AppField.values()) {
      boolean calculated =
          field.kind() == FieldKind.CALCULATED_NUMBER
              || field.kind() == FieldKind.CALCULATED_CHOICE;
      if (!calculated) {
        items.fieldId(field).map(customFieldManager::getCustomFieldObject).ifPresent(fields::add);
      }
    }
    return fields;
  }

  private static AdminSettings withProjects(AdminSettings current, List<Long> projects) {
    return current.withAccountProjects(projects);
  }

  private static AccountProjectChanges problem(SetupMessage message) {
    return new AccountProjectChanges(List.of(), List.of(message));
  }
}
