package com.accountgoals.osgitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.osgitest.harness.AppStartCheck;
import com.accountgoals.osgitest.harness.StartReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Jira 11 jar, exactly as plugin-jira11 built it, starts like the Jira 10 jar (the same checks
 * as {@link TheAppJarStartsInOsgiIT}), with the Jakarta EE 10 API bundles Jira 11 exports instead
 * of the javax ones, on a Java 21+ runtime (the build runs this class on that JDK).
 *
 * <p>Not as in Jira 11: the container is still Spring 5.3 with Gemini Blueprint 3.0.0.M01, since no
 * Gemini Blueprint for Spring 6 is on Maven Central; and the harness recognises REST resources by
 * their javax annotations only, so the jakarta REST resources are not created here (the bundle
 * check loads them).
 */
@DisplayName("The Jira 11 jar in Felix + Gemini Blueprint, on Java 21+")
class TheJira11JarStartsInOsgiIT extends StartChecks {

  private static StartReport report;

  @BeforeAll
  static void startTheJira11Jar() {
    AppStartCheck.Inputs jira10 = AppStartCheck.Inputs.fromBuild();
    Path bundles = Path.of(System.getProperty("osgi.bundles"));
    AppStartCheck.Inputs jira11 =
        new AppStartCheck.Inputs(
            jira10.platformBundles(),
            jarsIn(bundles.resolve("host-apis-jira11")),
            jira10.jiraProvidedJars(),
            bundles.resolve("app-jira11").resolve("account-goals-jira11.jar"),
            jira10.workDir().resolveSibling("app-jira11"),
            jira10.contextTimeout());
    report = AppStartCheck.run(jira11);
    System.out.println("Java " + Runtime.version() + "\n" + report.describe());
  }

  @Test
  void runsOnJava21OrNewerAsJira11Does() {
    assertThat(Runtime.version().feature())
        .as(
            "Jira 11 runs on Java 21: give this check a JDK 21 or newer, -Djira11.check.jdk=<its home>")
        .isGreaterThanOrEqualTo(21);
  }

  @Override
  StartReport report() {
    return report;
  }

  private static List<Path> jarsIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
