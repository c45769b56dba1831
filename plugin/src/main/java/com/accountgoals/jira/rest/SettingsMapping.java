package com.accountgoals.jira.rest;

import com.accountgoals.core.qbr.BoardSettings;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.jira.settings.AdminSettings;

/**
 * What the administrator's settings mean for the REST API: the fiscal calendar quarters are named
 * and defaulted by, and the board's settings. The one place that builds either.
 */
public final class SettingsMapping {

  private SettingsMapping() {}

  /** The fiscal calendar the administrator chose: its start month and how its years are named. */
  public static FiscalCalendar calendar(AdminSettings settings) {
    return settings.fiscalCalendar();
  }

  /** The board's settings: the administrator's tolerance, core's defaults otherwise. */
  public static BoardSettings boardSettings(AdminSettings settings) {
    BoardSettings defaults = BoardSettings.DEFAULT;
    return new BoardSettings(settings.tolerance(), defaults.achievability(), defaults.listLimit());
  }
}
