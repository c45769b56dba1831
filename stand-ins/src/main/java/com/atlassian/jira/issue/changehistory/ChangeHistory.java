package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/**
 * Stand-in for one change group of an issue's history: who changed what, when ({@code @PublicApi},
 * a class). Jira's constructors take entity values the app never builds, so none is declared; tests
 * mock the class.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * (7.3.4): {@code getId}, {@code getIssueId}, {@code getTimePerformed}, {@code
 * getAuthorDisplayName}, {@code getChangeItemBeans}.
 */
public class ChangeHistory {

  private ChangeHistory() {}

  public Long getId() {
    throw new UnsupportedOperationException("stand-in");
  }

  public Long getIssueId() {
    throw new UnsupportedOperationException("stand-in");
  }

  public Timestamp getTimePerformed() {
    throw new UnsupportedOperationException("stand-in");
  }

  public String getAuthorDisplayName() {
    throw new UnsupportedOperationException("stand-in");
  }

  public List<ChangeItemBean> getChangeItemBeans() {
    throw new UnsupportedOperationException("stand-in");
  }
}
