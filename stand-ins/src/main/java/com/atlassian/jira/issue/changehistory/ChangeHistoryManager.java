package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Stand-in for Jira's change history manager ({@code @PublicApi}). The app reads the histories of a
 * whole page of issues in one call, which Jira documents as "much more efficient" than one call per
 * issue.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html,
 * the 6.3 jira-api source ({@code getChangeHistoriesForUser(Iterable<Issue>, User)}, since 5.1)
 * with the {@code ApplicationUser} parameter of Jira 7+ (the 7.3.4 {@code ChangeHistory} page and
 * https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/issue/changehistory/ChangeHistoryService.html
 * show the user type; the bulk overload itself was not seen on a 7.x+ page).
 */
public interface ChangeHistoryManager {

  /**
   * The change histories of one issue, unfiltered (6.3.15 jira-api source, {@code @PublicApi};
   * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html).
   */
  List<ChangeHistory> getChangeHistories(Issue issue);

  List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
