package com.accountgoals.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.jira.i18n.UserMessages;
import com.accountgoals.jira.rest.InMemoryServer.Answer;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.testing.TestI18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON fixtures of the JavaScript tests ({@code src/test/js/fixtures}) are what the REST API
 * answers for core's sample accounts today: a change of the JSON that the board or the panel would
 * have to follow fails here first. With {@code -Drest.golden.write=true} the fixtures are written
 * instead, for a person to review in the diff.
 */
@DisplayName("The JavaScript tests' fixtures are the REST API's answers")
class JsFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/js/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ResourceConfig api(SampleAccount account) {
    Month yearStart = account.calendar().firstMonth();
    return RestApi.over(
        account.source(),
        project -> true,
        new FixedSettings(
            SettingsBuilder.settings().projects(List.of(10_000L)).month(yearStart).build()),
        account.fixedToday(),
        new UserMessages(TestI18n.userSpeaking(Locale.ENGLISH)));
  }

  static Stream<Arguments> fixtures() {
    SampleAccount acme = SampleAccounts.acme();
    SampleAccount nordwind = SampleAccounts.nordwind();
    SampleAccount volta = SampleAccounts.volta();
    return Stream.of(
        Arguments.of("board-acme.json", acme, "board", "ACME"),
        Arguments.of("board-nordwind.json", nordwind, "board", "NORD"),
        Arguments.of("goal-ACME-7.json", acme, "goals/ACME-7", null),
        Arguments.of("goal-ACME-4.json", acme, "goals/ACME-4", null),
        Arguments.of("goal-NORD-1.json", nordwind, "goals/NORD-1", null),
        Arguments.of("goal-NORD-4.json", nordwind, "goals/NORD-4", null),
        Arguments.of("goal-NORD-8.json", nordwind, "goals/NORD-8", null),
        Arguments.of("goal-NORD-9.json", nordwind, "goals/NORD-9", null),
        Arguments.of("goal-NORD-17.json", nordwind, "goals/NORD-17", null),
        Arguments.of("goal-NORD-24.json", nordwind, "goals/NORD-24", null),
        Arguments.of("goal-NORD-33.json", nordwind, "goals/NORD-33", null),
        Arguments.of("goal-VOLTA-2.json", volta, "goals/VOLTA-2", null),
        Arguments.of("goal-VOLTA-4.json", volta, "goals/VOLTA-4", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixtureIsWhatTheApiAnswers(
      String file, SampleAccount account, String path, String project) throws IOException {
    Answer answer =
        project == null
            ? InMemoryServer.get(api(account), path)
            : InMemoryServer.get(api(account), path, "project", project);
    JsonNode actual = JSON.readTree(answer.body());
    Path fixture = FIXTURES.resolve(file);
    if (Boolean.getBoolean("rest.golden.write")) {
      Files.writeString(fixture, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }

    assertThat(answer.status()).isEqualTo(200);
    assertThat(actual).isEqualTo(JSON.readTree(fixture.toFile()));
  }
}
