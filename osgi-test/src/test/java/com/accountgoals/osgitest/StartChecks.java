package com.accountgoals.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.osgitest.harness.StartReport;
import org.junit.jupiter.api.Test;

/**
 * The three checks every app jar's start must pass: bundles, Spring context, module classes. Each
 * jar's test (Jira 10, Jira 11) starts its jar once and hands its report here.
 */
abstract class StartChecks {

  /** The report of this jar's start. */
  abstract StartReport report();

  @Test
  void everyBundleResolvesAndStarts() {
    assertThat(report().bundleProblems()).as(report().describe()).isEmpty();
  }

  @Test
  void theAppsSpringContextComesUp() {
    assertThat(report().contextProblems()).as(report().describe()).isEmpty();
    assertThat(report().contextStarted()).as(report().describe()).isTrue();
  }

  @Test
  void everyModuleClassTheDescriptorNamesIsCreatedByTheContext() {
    assertThat(report().moduleProblems()).as(report().describe()).isEmpty();
  }
}
