package com.accountgoals.jira.settings;

import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a Jira administrator sets on the app's admin page.
 *
 * @param accountProjects the ids of the projects made account projects, in the order added
 * @param searchCap the most goals (and, apart, the most actions) one board reads, 1 to {@link
 *     #MAX_SEARCH_CAP}; a board that reaches it says so
 * @param droppedResolutions the ids of the resolutions that mean a goal was dropped (won't do,
 *     duplicate, cancelled); every other resolution means done
 * @param droppedResolutionsChosen whether an administrator has chosen them; until then the app
 *     proposes the resolutions whose names say dropped
 * @param fiscalYearStart the month the account's fiscal year starts
 * @param fiscalYearNaming whether a fiscal year is named after the calendar year it starts or ends
 *     in
 * @param tolerance when a business goal counts as watch, behind or off track
 * @param todayZone the time zone of "today" the administrator chose; empty for Jira's default time
 *     zone, which follows Jira when an administrator of Jira changes it
 */
public record AdminSettings(
    List<Long> accountProjects,
    int searchCap,
    Set<String> droppedResolutions,
    boolean droppedResolutionsChosen,
    Month fiscalYearStart,
    FiscalYearNaming fiscalYearNaming,
    HealthTolerance tolerance,
    Optional<ZoneId> todayZone) {

  /** The cap a new installation starts with. */
  public static final int DEFAULT_SEARCH_CAP = 10_000;

  /** The highest cap an administrator may set: a board never reads more. */
  public static final int MAX_SEARCH_CAP = 100_000;

  /**
   * A new installation: no account projects, the default cap, calendar quarters, today in Jira's
   * default time zone.
   */
  public static final AdminSettings DEFAULT =
      new AdminSettings(
          List.of(),
          DEFAULT_SEARCH_CAP,
          Set.of(),
          false,
          Month.JANUARY,
          FiscalYearNaming.BY_START_YEAR,
          HealthTolerance.DEFAULT,
          Optional.empty());

  public AdminSettings {
    accountProjects = List.copyOf(accountProjects);
    droppedResolutions = Set.copyOf(droppedResolutions);
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(fiscalYearNaming, "fiscalYearNaming");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(todayZone, "todayZone");
    if (searchCap < 1 || searchCap > MAX_SEARCH_CAP) {
      throw new IllegalArgumentException(
          "searchCap must be 1 to " + MAX_SEARCH_CAP + ", was " + searchCap);
    }
  }

  /** Whether {@code projectId} is an account project. */
  public boolean isAccountProject(long projectId) {
    return accountProjects.contains(projectId);
  }

  /** These settings with {@code projects} as the account projects, everything else kept. */
  public AdminSettings withAccountProjects(List<Long> projects) {
    return new AdminSettings(
        projects,
        searchCap,
        droppedResolutions,
        droppedResolutionsChosen,
        fiscalYearStart,
        fiscalYearNaming,
        tolerance,
        todayZone);
  }

  /** Core's fiscal calendar these settings describe: their start month and naming. */
  public FiscalCalendar fiscalCalendar() {
    return FiscalCalendar.startingIn(fiscalYearStart, fiscalYearNaming);
  }
}
