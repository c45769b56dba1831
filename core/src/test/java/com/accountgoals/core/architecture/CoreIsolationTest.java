package com.accountgoals.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is the domain alone: Jira, the web, JSON and I/O stay in the adapters. */
@AnalyzeClasses(
    packages = "com.accountgoals.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsolationTest {

  @ArchTest
  static final ArchRule coreUsesNoAtlassianServletJsonOrIoTypes =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.atlassian..",
              "javax..",
              "jakarta..",
              "org.springframework..",
              "com.fasterxml..",
              "org.json..",
              "com.google.gson..",
              "java.io..",
              "java.nio..",
              "java.net..",
              "java.sql..")
          .because("core is plain Java: adapters in plugin/ and preview/ talk to the outside");

  @ArchTest
  static final ArchRule coreNeverReadsTheWallClock =
      noClasses()
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because("dates come in through a Clock or an argument");

  @ArchTest
  static final ArchRule featurePackagesDependOnEachOtherWithoutCycles =
      slices()
          .matching("com.accountgoals.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because("each feature builds on the ones below it: goal, then trajectory, then qbr");

  @ArchTest
  static final ArchRule rulesOfSingleGoalsKnowNothingOfTheBoardOrThePlan =
      noClasses()
          .that()
          .resideInAnyPackage(
              "com.accountgoals.core.goal..",
              "com.accountgoals.core.quarter..",
              "com.accountgoals.core.trajectory..",
              "com.accountgoals.core.smart..",
              "com.accountgoals.core.alignment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.accountgoals.core.qbr..", "com.accountgoals.core.plan..")
          .because("the rules of single goals know nothing of the views built from them");
}
