package com.accountgoals.jira.derived;

import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.TodayZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The site's today: the date in the time zone the administrator chose, else in Jira's default time
 * zone ({@link TodayZone}); the row source reads the days of values in the same zone. The settings
 * are read each time (SAL's plugin settings), never kept here: Data Center runs several nodes.
 */
public class Today implements com.accountgoals.core.port.Today {

  private final AdminSettingsStore settingsStore;
  private final TodayZone todayZone;
  private final Clock clock;

  public Today(AdminSettingsStore settingsStore, TodayZone todayZone) {
    this(settingsStore, todayZone, Clock.systemUTC());
  }

  /** With the clock that says what instant it is (tests set it). */
  Today(AdminSettingsStore settingsStore, TodayZone todayZone, Clock clock) {
    this.settingsStore = settingsStore;
    this.todayZone = todayZone;
    this.clock = clock;
  }

  /** The zone of today. */
  public ZoneId zone() {
    return todayZone.of(settingsStore.load());
  }

  /** Today's date. */
  @Override
  public LocalDate date() {
    return dateIn(zone());
  }

  /**
   * Whether the site's day began less than an hour ago: the hour in which the daily re-index runs,
   * whatever zone the administrator chose.
   */
  public boolean inFirstHourOfDay() {
    return LocalTime.ofInstant(clock.instant(), zone()).getHour() == 0;
  }

  /** Today's date in {@code zone}. */
  public LocalDate dateIn(ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
