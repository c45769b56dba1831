package com.accountgoals.jira.rest.board;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.qbr.QbrBoardService;
import com.accountgoals.core.quarter.Quarter;
import com.accountgoals.jira.rest.RestInput;
import com.accountgoals.jira.rest.SettingsMapping;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
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

  private final AccountRowSource rows;
  private final ProjectAccess access;
  private final AdminSettingsStore settingsStore;
  private final Today today;

  public BoardResource(
      AccountRowSource rows, ProjectAccess access, AdminSettingsStore settingsStore, Today today) {
    this.rows = rows;
    this.access = access;
    this.settingsStore = settingsStore;
    this.today = today;
  }

  @GET
  public BoardJson board(
      @QueryParam("project") String project, @QueryParam("quarter") String quarter) {
    AdminSettings settings = settingsStore.load();
    ProjectKey key = RestInput.projectKey(project);
    Quarter asked = RestInput.quarter(quarter, SettingsMapping.calendar(settings), today.date());
    RestInput.requireVisible(access, key);
    QbrBoardService boards =
        new QbrBoardService(rows, today, SettingsMapping.boardSettings(settings));
    return BoardMapper.toJson(boards.board(key, asked));
  }
}
