package com.accountgoals.jira.rest.board;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.jira.rest.AccountServices;
import com.accountgoals.jira.rest.RestInput;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET board?project=KEY&quarter=2026-Q4}: the QBR board of an account project for a quarter
 * (by default the current one of the administrator's fiscal year), as of today. Licensed users
 * only; the project must be an account project the caller may browse, else the one 404.
 */
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class BoardResource {

  private final AccountServices services;

  public BoardResource(AccountServices services) {
    this.services = services;
  }

  @GET
  public BoardJson board(
      @QueryParam("project") String project, @QueryParam("quarter") String quarter) {
    ProjectKey key = RestInput.projectKey(project);
    Quarter asked = RestInput.quarter(quarter, services.calendar(), services.today());
    services.requireVisible(key);
    return BoardMapper.toJson(services.boards().board(key, asked));
  }
}
