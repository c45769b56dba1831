package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.catalogue.AppField;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue as Jira hands it out, built fluently: a goal of type Goal at business level unless told
 * otherwise. Field values are kept per custom field in the form Jira's field types give them.
 */
public final class TestIssue implements Issue {

  private final long id;
  private final String key;
  private final Project project;
  private final Map<CustomField, Object> values = new HashMap<>();
  private String summary = "Grow product B to 0.9 M";
  private String typeId = Setup.GOAL_TYPE;
  private String resolutionId;
  private Timestamp due;
  private Timestamp created = at(LocalDate.of(2026, 1, 5));
  private ApplicationUser assignee;
  private Runnable onFieldRead = () -> {};

  public TestIssue(long id, String key, Project project) {
    this.id = id;
    this.key = key;
    this.project = project;
  }

  /** An issue {@code key} of a project with the id 1, with the id {@code id}. */
  public static TestIssue issue(long id, String key) {
    return new TestIssue(id, key, new IdOnlyProject(1L));
  }

  /** Midnight of {@code day} in the JVM's zone, as Jira stores dates. */
  public static Timestamp at(LocalDate day) {
    return Timestamp.valueOf(day.atStartOfDay());
  }

  public TestIssue summary(String text) {
    summary = text;
    return this;
  }

  public TestIssue type(String id) {
    typeId = id;
    return this;
  }

  public TestIssue milestone() {
    return type(Setup.MILESTONE_TYPE);
  }

  public TestIssue resolution(String id) {
    resolutionId = id;
    return this;
  }

  public TestIssue due(LocalDate day) {
    due = day == null ? null : at(day);
    return this;
  }

  public TestIssue created(Timestamp when) {
    created = when;
    return this;
  }

  public TestIssue assignee(String displayName) {
    assignee = Jiras.user("key-" + displayName, displayName);
    return this;
  }

  /** Sets the raw value of {@code field}, as Jira would give it. */
  public TestIssue value(AppField field, Object value) {
    values.put(Setup.field(field), value);
    return this;
  }

  /** Chooses the option {@code option} of the select list {@code field}. */
  public TestIssue option(AppField field, String option) {
    return value(field, optionWithId(Setup.option(field, option)));
  }

  /** Ticks the KPI box. */
  public TestIssue kpi() {
    return value(AppField.KPI, List.of(optionWithId(Setup.option(AppField.KPI, "KPI"))));
  }

  /** Runs {@code hook} on every field read (the benchmark counts them). */
  public TestIssue onFieldRead(Runnable hook) {
    onFieldRead = hook;
    return this;
  }

  public static Option optionWithId(long optionId) {
    return new IdOnlyOption(optionId);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public String getKey() {
    return key;
  }

  @Override
  public String getSummary() {
    return summary;
  }

  @Override
  public String getIssueTypeId() {
    return typeId;
  }

  @Override
  public String getResolutionId() {
    return resolutionId;
  }

  @Override
  public Timestamp getDueDate() {
    return due;
  }

  @Override
  public Timestamp getCreated() {
    return created;
  }

  @Override
  public ApplicationUser getAssignee() {
    return assignee;
  }

  @Override
  public Project getProjectObject() {
    return project;
  }

  @Override
  public Object getCustomFieldValue(CustomField customField) {
    onFieldRead.run();
    return values.get(customField);
  }

  @Override
  public String toString() {
    return key;
  }
}
