package com.accountgoals.jira.settings;

import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.ZoneId;

/**
 * The time zone of the site's "today" and of the day a value changed: the zone the administrator
 * chose, else Jira's default time zone, asked for each time, so that a change in Jira's settings
 * applies at once on every node.
 */
public final class TodayZone {

  private final TimeZoneManager timeZoneManager;

  public TodayZone(TimeZoneManager timeZoneManager) {
    this.timeZoneManager = timeZoneManager;
  }

  /** The zone of "today" under {@code settings}. */
  public ZoneId of(AdminSettings settings) {
    return settings.todayZone().orElseGet(this::jiraDefault);
  }

  /** Jira's default time zone. */
  public ZoneId jiraDefault() {
    return timeZoneManager.getDefaultTimezone().toZoneId();
  }
}
