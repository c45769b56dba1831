package com.accountgoals.jira.rest.goal;

import com.accountgoals.core.detail.GoalDetailService;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.jira.rest.RestInput;
import com.accountgoals.jira.rest.SettingsMapping;
import com.accountgoals.jira.rest.error.RestProblem;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET goals/{issueKey}}: what the goal panel shows of a goal or milestone today. Licensed
 * users only; its project must be an account project the caller may browse and the goal one the
 * caller may see, else the one 404.
 */
@Path("goals")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GoalResource {

  private final AccountRowSource rows;
  private final ProjectAccess access;
  private final AdminSettingsStore settingsStore;
  private final Today today;

  public GoalResource(
      AccountRowSource rows, ProjectAccess access, AdminSettingsStore settingsStore, Today today) {
    this.rows = rows;
    this.access = access;
    this.settingsStore = settingsStore;
    this.today = today;
  }

  @GET
  @Path("{issueKey}")
  public GoalDetailJson goal(@PathParam("issueKey") String issueKey) {
    IssueKey key = RestInput.issueKey(issueKey);
    RestInput.requireVisible(access, key.project());
    GoalDetailService details =
        new GoalDetailService(rows, today, SettingsMapping.boardSettings(settingsStore.load()));
    return GoalDetailMapper.toJson(details.detail(key).orElseThrow(RestProblem::notFound));
  }
}
