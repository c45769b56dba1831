package com.accountgoals.jira.testing;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/** An issue with an id and a key, and nothing else set. */
public record FakeIssue(Long getId, String getKey) implements Issue {

  @Override
  public String getSummary() {
    return null;
  }

  @Override
  public String getIssueTypeId() {
    return null;
  }

  @Override
  public String getResolutionId() {
    return null;
  }

  @Override
  public Timestamp getDueDate() {
    return null;
  }

  @Override
  public Timestamp getCreated() {
    return null;
  }

  @Override
  public ApplicationUser getAssignee() {
    return null;
  }

  @Override
  public Project getProjectObject() {
    return null;
  }

  @Override
  public Object getCustomFieldValue(CustomField customField) {
    return null;
  }
}
