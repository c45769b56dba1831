package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Stand-in for an issue ({@code @PublicApi}). In Jira 7+ {@code getId} and {@code getKey} come from
 * the super-interfaces {@code WithId} and {@code WithKey}; the method descriptors are the same, and
 * interface method resolution finds them there, so declaring them here links.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (7.x):
 * {@code getSummary}, {@code getDueDate} and {@code getCreated} ({@code java.sql.Timestamp}),
 * {@code getAssignee} ({@code ApplicationUser} since 7.0), {@code getIssueTypeId}, {@code
 * getResolutionId}, {@code getCustomFieldValue(CustomField)}; {@code getProjectObject()} is also
 * called by alanmosely/jira-watcher-field-plugin, built against jira-api 10.3.0.
 */
public interface Issue {

  Long getId();

  String getKey();

  String getSummary();

  String getIssueTypeId();

  String getResolutionId();

  Timestamp getDueDate();

  Timestamp getCreated();

  ApplicationUser getAssignee();

  Project getProjectObject();

  Object getCustomFieldValue(CustomField customField);
}
