package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Stand-in for Jira's time zone manager: the app reads only Jira's default time zone (the one an
 * administrator sets under System &gt; Look and feel, else the JVM's).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html
 * ({@code TimeZone getDefaultTimezone()}, lower-case "z"); plugins inject it as a component and
 * call that member, e.g. mailru/jira-plugins-mrimsender ({@code
 * ru/mail/jira/plugins/myteam/service/impl/ReminderServiceImpl.java}, 2023) and
 * atlascommunity/jira-plugins-groovy ({@code DateCompareFunction}, {@code @ComponentImport
 * TimeZoneManager}). No Jira 10.x page shows it.
 */
public interface TimeZoneManager {

  TimeZone getDefaultTimezone();
}
