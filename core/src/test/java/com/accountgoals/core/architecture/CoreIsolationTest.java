package com.accountgoals.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
