package com.accountgoals.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.osgitest.harness.AppStartCheck;
import com.accountgoals.osgitest.harness.StartReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The app's jar, exactly as the plugin module built it, starts the way Jira starts it: in Apache
 * Felix, with its Spring context made by Gemini Blueprint, next to the stand-ins (for Jira's
 * packages) and stub services (for Jira's services).
 */
@DisplayName("The app's jar in Felix + Gemini Blueprint")
class TheAppJarStartsInOsgiIT {

  private static StartReport report;

  @BeforeAll
  static void startTheAppJar() {
    report = AppStartCheck.run(AppStartCheck.Inputs.fromBuild());
    System.out.println(report.describe());
  }

  @Test
  void everyBundleResolvesAndStarts() {
    assertThat(report.bundleProblems()).as(report.describe()).isEmpty();
  }

  @Test
  void theAppsSpringContextComesUp() {
    assertThat(report.contextProblems()).as(report.describe()).isEmpty();
    assertThat(report.contextStarted()).as(report.describe()).isTrue();
  }

  @Test
  void everyModuleClassTheDescriptorNamesIsCreatedByTheContext() {
    assertThat(report.moduleProblems()).as(report.describe()).isEmpty();
  }
}
