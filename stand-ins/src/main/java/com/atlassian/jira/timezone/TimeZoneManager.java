package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Stand-in for Jira's time zone manager: the app reads only Jira's default time zone (the one an
 * administrator sets under System &gt; Look and feel, else the JVM's).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html
 * and the 4.4-6.x {@code jira-api} source ({@code TimeZone getDefaultTimezone()}, lower-case "z",
 * {@code @since v4.4}). Plugins inject it as a component: atlascommunity/jira-plugins-groovy
 * ({@code DateCompareFunction}, {@code @ComponentImport TimeZoneManager}), and
 * mailru/jira-plugins-mrimsender ({@code myteam/service/impl/ReminderServiceImpl.java}, 2023) calls
 * {@code getDefaultTimezone()}. No Jira 10.x page shows it.
 */
public interface TimeZoneManager {

  TimeZone getDefaultTimezone();
}
