package com.accountgoals.jira.settings;

import com.accountgoals.core.trajectory.HealthTolerance;
import java.time.Month;
import java.util.List;
import java.util.Objects;
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
 * @param tolerance when a business goal counts as watch, behind or off track
 */
public record AdminSettings(
    List<Long> accountProjects,
    int searchCap,
    Set<String> droppedResolutions,
    boolean droppedResolutionsChosen,
    Month fiscalYearStart,
    HealthTolerance tolerance) {

  /** The cap a new installation starts with. */
  public static final int DEFAULT_SEARCH_CAP = 10_000;

  /** The highest cap an administrator may set: a board never reads more. */
  public static final int MAX_SEARCH_CAP = 100_000;

  /** A new installation: no account projects, the default cap, calendar quarters. */
  public static final AdminSettings DEFAULT =
      new AdminSettings(
          List.of(), DEFAULT_SEARCH_CAP, Set.of(), false, Month.JANUARY, HealthTolerance.DEFAULT);

  public AdminSettings {
    accountProjects = List.copyOf(accountProjects);
    droppedResolutions = Set.copyOf(droppedResolutions);
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(tolerance, "tolerance");
    if (searchCap < 1 || searchCap > MAX_SEARCH_CAP) {
      throw new IllegalArgumentException(
          "searchCap must be 1 to " + MAX_SEARCH_CAP + ", was " + searchCap);
    }
  }

  /** Whether {@code projectId} is an account project. */
  public boolean isAccountProject(long projectId) {
    return accountProjects.contains(projectId);
  }
}
