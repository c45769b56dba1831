/**
 * The app's jar starts in an OSGi framework the way Jira starts it: {@code TheAppJarStartsInOsgiIT}
 * checks the jar the plugin module built; {@code HarnessReportsProblemsIT} proves, with sample apps
 * broken one way each, that the check fails and says what broke.
 */
package com.accountgoals.osgitest;
