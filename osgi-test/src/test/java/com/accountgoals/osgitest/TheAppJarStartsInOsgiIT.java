package com.accountgoals.osgitest;

import com.accountgoals.osgitest.harness.AppStartCheck;
import com.accountgoals.osgitest.harness.StartReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The app's jar, exactly as the plugin module built it, starts the way Jira starts it: in Apache
 * Felix, with its Spring context made by Gemini Blueprint, next to the stand-ins (for Jira's
 * packages) and stub services (for Jira's services).
 */
@DisplayName("The app's jar in Felix + Gemini Blueprint")
class TheAppJarStartsInOsgiIT extends StartChecks {

  private static StartReport report;

  @BeforeAll
  static void startTheAppJar() {
    report = AppStartCheck.run(AppStartCheck.Inputs.fromBuild());
    System.out.println(report.describe());
  }

  @Override
  StartReport report() {
    return report;
  }
}
