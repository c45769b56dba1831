package com.accountgoals.jira.rows.fakes;

import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.settings.AdminSettings;
import java.time.Month;
import java.util.List;
import java.util.Set;

/** Admin settings for the tests: project 1 is the account project. */
public final class Settings {

  private Settings() {}

  /** The cap {@code cap}, dropped resolutions not chosen yet. */
  public static AdminSettings capped(int cap) {
    return new AdminSettings(
        List.of(1L),
        cap,
        Set.of(),
        false,
        Month.JANUARY,
        com.accountgoals.core.quarter.FiscalYearNaming.BY_START_YEAR,
        HealthTolerance.DEFAULT,
        java.util.Optional.empty());
  }

  /** The default cap, with {@code dropped} chosen as the dropped resolutions. */
  public static AdminSettings dropping(Set<String> dropped) {
    return new AdminSettings(
        List.of(1L),
        AdminSettings.DEFAULT_SEARCH_CAP,
        dropped,
        true,
        Month.JANUARY,
        com.accountgoals.core.quarter.FiscalYearNaming.BY_START_YEAR,
        HealthTolerance.DEFAULT,
        java.util.Optional.empty());
  }
}
