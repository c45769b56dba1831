package com.accountgoals.standinchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stand-in says which Atlassian page it mirrors (such as
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html), and the
 * module's README lists it: a stand-in without evidence is a guess, and a guess breaks the app in
 * every customer's Jira.
 */
class StandInsAreDocumentedTest {

  private static final Path SOURCES = Path.of("../stand-ins/src/main/java");
  private static final Pattern ATLASSIAN_PAGE =
      Pattern.compile("https://docs\\.atlassian\\.com/\\S+\\.html");

  @Test
  void everyStandInCitesTheAtlassianPageItMirrors() throws IOException {
    assertThat(standIns())
        .isNotEmpty()
        .allSatisfy(
            source ->
                assertThat(ATLASSIAN_PAGE.matcher(Files.readString(source)).find())
                    .as("%s cites a docs.atlassian.com page", source)
                    .isTrue());
  }

  @Test
  void everyStandInIsListedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../stand-ins/README.md"));

    assertThat(standIns())
        .allSatisfy(
            source -> {
              String name = source.getFileName().toString().replace(".java", "");
              assertThat(readme).as("README.md lists %s", name).contains(name);
            });
  }

  @Test
  void standInsLiveOnlyInAtlassianPackages() throws IOException {
    assertThat(standIns())
        .allSatisfy(
            source ->
                assertThat(SOURCES.relativize(source).toString().replace('\\', '/'))
                    .startsWith("com/atlassian/"));
  }

  private static List<Path> standIns() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
