package com.accountgoals.jira.rows.fakes;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** A project that has only an id (or none): all the row source reads of a project. */
public record IdOnlyProject(Long id) implements Project {

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public String getKey() {
    throw new UnsupportedOperationException("the row source reads only a project's id");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("the row source reads only a project's id");
  }

  @Override
  public Collection<IssueType> getIssueTypes() {
    throw new UnsupportedOperationException("the row source reads only a project's id");
  }
}
