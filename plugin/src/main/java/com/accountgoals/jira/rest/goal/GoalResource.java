package com.accountgoals.jira.rest.goal;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.jira.rest.AccountServices;
import com.accountgoals.jira.rest.RestInput;
import com.accountgoals.jira.rest.error.RestProblem;
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

  private final AccountServices services;

  public GoalResource(AccountServices services) {
    this.services = services;
  }

  @GET
  @Path("{issueKey}")
  public GoalDetailJson goal(@PathParam("issueKey") String issueKey) {
    IssueKey key = RestInput.issueKey(issueKey);
    services.requireVisible(key.project());
    return GoalDetailMapper.toJson(
        services.details().detail(key).orElseThrow(RestProblem::notFound));
  }
}
