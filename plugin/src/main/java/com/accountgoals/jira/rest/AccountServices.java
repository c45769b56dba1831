package com.accountgoals.jira.rest;

import com.accountgoals.core.detail.GoalDetailService;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.core.port.Today;
import com.accountgoals.core.qbr.QbrBoardService;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.jira.rest.error.RestProblem;
import com.accountgoals.jira.settings.AdminSettingsStore;
import java.time.LocalDate;

/**
 * What the resources stand on: core's ports (the rows, whether the caller may see an account,
 * today) and the administrator's settings, with core's services built on them as the settings say
 * now. A bean of the app's context on Jira; built over in-memory ports in tests and the preview.
 */
public final class AccountServices {

  private final AccountRowSource rows;
  private final ProjectAccess access;
  private final AdminSettingsStore settingsStore;
  private final Today today;

  public AccountServices(
      AccountRowSource rows, ProjectAccess access, AdminSettingsStore settingsStore, Today today) {
    this.rows = rows;
    this.access = access;
    this.settingsStore = settingsStore;
    this.today = today;
  }

  /** Refuses with the one 404 unless the calling user may see {@code project}. */
  public void requireVisible(ProjectKey project) {
    if (!access.canSee(project)) {
      throw RestProblem.notFound();
    }
  }

  /** Today's date. */
  public LocalDate today() {
    return today.date();
  }

  /** The fiscal calendar the administrator chose. */
  public FiscalCalendar calendar() {
    return SettingsMapping.calendar(settingsStore.load());
  }

  /** QBR boards with the administrator's settings. */
  public QbrBoardService boards() {
    return new QbrBoardService(rows, today, SettingsMapping.boardSettings(settingsStore.load()));
  }

  /** Goal details with the administrator's settings. */
  public GoalDetailService details() {
    return new GoalDetailService(rows, today, SettingsMapping.boardSettings(settingsStore.load()));
  }
}
