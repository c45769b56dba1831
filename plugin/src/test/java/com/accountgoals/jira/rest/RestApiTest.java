package com.accountgoals.jira.rest;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.fixtures.SampleAccounts;
import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRowSource;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.ProjectAccess;
import com.accountgoals.jira.i18n.UserMessages;
import com.accountgoals.jira.rest.InMemoryServer.Answer;
import com.accountgoals.jira.rest.board.BoardJson;
import com.accountgoals.jira.rest.goal.GoalDetailJson;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.testing.TestI18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The REST API end to end on Jersey 2 and Jackson 2, in memory: the real resources and mappers over
 * core's Acme sample account, which the caller may see; {@code SECRET} exists but the caller may
 * not browse it; every other project does not exist.
 */
@DisplayName("The REST API, in memory")
class RestApiTest {

  private static final SampleAccount ACME = SampleAccounts.acme();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ProjectAccess ONLY_ACME = ACME.project()::equals;

  private static ResourceConfig api(Locale language, AccountRowSource rows, Month fiscalStart) {
    AdminSettings admin =
        SettingsBuilder.settings().projects(List.of(10_000L)).month(fiscalStart).build();
    return RestApi.over(
        rows,
        ONLY_ACME,
        new FixedSettings(admin),
        ACME.fixedToday(),
        new UserMessages(TestI18n.userSpeaking(language)));
  }

  private static ResourceConfig api(Locale language) {
    return api(language, ACME.source(), Month.JANUARY);
  }

  private static ResourceConfig english() {
    return api(Locale.ENGLISH);
  }

  private static JsonNode json(Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code answer} is the JSON of {@code src/test/resources/rest/<name>}; with {@code
   * -Drest.golden.write=true} writes it there instead, for a person to review in the diff.
   */
  private static void assertGolden(Answer answer, String name) {
    if (Boolean.getBoolean("rest.golden.write")) {
      try {
        JSON.writerWithDefaultPrettyPrinter()
            .writeValue(Path.of("src/test/resources/rest", name).toFile(), json(answer));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(json(answer)).isEqualTo(expected(name));
  }

  private static JsonNode expected(String name) {
    try (InputStream in = RestApiTest.class.getResourceAsStream("/rest/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  @DisplayName("GET board")
  class Board {

    @Test
    void givesTheDemoAccountsBoardAsJsonWithNumbersAndIsoDates() {
      Answer answer =
          InMemoryServer.get(english(), "board", "project", "ACME", "quarter", "2026-Q4");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.contentType()).startsWith("application/json");
      assertGolden(answer, "acme-board-2026-Q4.json");
    }

    @Test
    void withoutAQuarterShowsTheCurrentOneOfTheFiscalYear() {
      Answer answer =
          InMemoryServer.get(
              api(Locale.ENGLISH, ACME.source(), Month.OCTOBER), "board", "project", "ACME");

      JsonNode quarter = json(answer).get("quarter");
      assertThat(quarter.get("firstDay").asText()).isEqualTo("2026-10-01");
      assertThat(quarter.get("lastDay").asText()).isEqualTo("2026-12-31");
    }

    @Test
    void aBadQuarterIsA400SayingHowToWriteOne() {
      Answer answer =
          InMemoryServer.get(english(), "board", "project", "ACME", "quarter", "2026-Q5");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(json(answer))
          .isEqualTo(error("invalid-quarter", "2026-Q5 is not a quarter. Write it like 2026-Q4."));
    }

    @Test
    void aBadProjectKeyIsA400() {
      Answer answer = InMemoryServer.get(english(), "board", "project", "acme corp");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(json(answer).get("code").asText()).isEqualTo("invalid-project-key");
      assertThat(json(answer).get("message").asText())
          .isEqualTo("acme corp is not a project key such as ACME.");
    }

    @Test
    void aMissingProjectIsA400ThatSaysWhatToChoose() {
      Answer answer = InMemoryServer.get(english(), "board");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(json(answer))
          .isEqualTo(
              error(
                  "invalid-project-key",
                  "Choose an account project: the request names none (parameter project)."));
    }

    @Test
    void anUnknownProjectAndAForbiddenOneGiveTheSame404ByteForByte() {
      Answer unknown = InMemoryServer.get(english(), "board", "project", "NOPE");
      Answer forbidden = InMemoryServer.get(english(), "board", "project", "SECRET");

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(forbidden).isEqualTo(unknown);
      assertThat(json(unknown))
          .isEqualTo(
              error(
                  "not-found", "There is no such account project or goal, or you may not see it."));
    }

    @Test
    void ignoresQueryParametersItDoesNotKnow() {
      Answer answer =
          InMemoryServer.get(
              english(), "board", "project", "ACME", "quarter", "2026-Q4", "colour", "pink");

      assertThat(json(answer)).isEqualTo(expected("acme-board-2026-Q4.json"));
    }

    @Test
    void aReaderOfTheJsonIgnoresPropertiesItDoesNotKnow() throws IOException {
      ObjectNode board = (ObjectNode) expected("acme-board-2026-Q4.json");
      board.put("addedInALaterVersion", 42);
      ((ObjectNode) board.get("quarter")).put("label", "Q4");

      BoardJson read = JSON.treeToValue(board, BoardJson.class);

      assertThat(read.quarter().name()).isEqualTo("2026-Q4");
    }
  }

  @Nested
  @DisplayName("GET goals/{issueKey}")
  class Goal {

    @Test
    void givesWhatTheGoalPanelShows() {
      Answer answer = InMemoryServer.get(english(), "goals/ACME-7");

      assertThat(answer.status()).isEqualTo(200);
      assertGolden(answer, "acme-7-detail.json");
    }

    @Test
    void aBadIssueKeyIsA400() {
      Answer answer = InMemoryServer.get(english(), "goals/ACME-0x");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(json(answer))
          .isEqualTo(error("invalid-issue-key", "ACME-0x is not an issue key such as ACME-42."));
    }

    @Test
    void aGoalInAForbiddenProjectAMissingGoalAndAnUnknownPathAllGiveTheSame404() {
      Answer forbidden = InMemoryServer.get(english(), "goals/SECRET-1");
      Answer missing = InMemoryServer.get(english(), "goals/ACME-999");
      Answer noSuchPath = InMemoryServer.get(english(), "goals/ACME-1/history");

      assertThat(forbidden.status()).isEqualTo(404);
      assertThat(missing).isEqualTo(forbidden);
      assertThat(noSuchPath).isEqualTo(forbidden);
    }

    @Test
    void userTextComesBackAsThePlainStringItIs() throws IOException {
      String summary = "<img src=x onerror=alert(1)> & \"more\"";
      AccountRowSource rows =
          (project, window) ->
              new AccountRows(List.of(aBusinessGoal().summary(summary).build()), List.of());

      Answer answer = InMemoryServer.get(api(Locale.ENGLISH, rows, Month.JANUARY), "goals/ACME-10");

      assertThat(JSON.readValue(answer.body(), GoalDetailJson.class).goal().summary())
          .isEqualTo(summary);
      assertThat(answer.body()).contains("<img src=x onerror=alert(1)>");
    }
  }

  @Nested
  @DisplayName("errors")
  class Errors {

    @Test
    void aGermanUserGetsGermanMessages() {
      Answer notFound = InMemoryServer.get(api(Locale.GERMAN), "board", "project", "NOPE");
      Answer badQuarter =
          InMemoryServer.get(api(Locale.GERMAN), "board", "project", "ACME", "quarter", "Q4");

      assertThat(json(notFound).get("message").asText())
          .isEqualTo(
              "Dieses Account-Projekt oder Ziel gibt es nicht, oder Sie dürfen es nicht sehen.");
      assertThat(json(badQuarter).get("message").asText())
          .startsWith("Q4 ")
          .doesNotContain("Write");
    }

    @Test
    void aFailureIsA500WithAGenericMessageAndAnIdButNoStackTrace() {
      AccountRowSource failing =
          (project, window) -> {
            throw new IllegalStateException("database password is hunter2");
          };

      Answer answer =
          InMemoryServer.get(
              api(Locale.ENGLISH, failing, Month.JANUARY), "board", "project", "ACME");

      assertThat(answer.status()).isEqualTo(500);
      assertThat(json(answer).get("code").asText()).isEqualTo("internal-error");
      assertThat(json(answer).get("message").asText())
          .matches(
              "Something went wrong on the server\\. If it happens again, give your Jira"
                  + " administrator this error id: [0-9a-f-]{36}\\.");
      assertThat(answer.body()).doesNotContain("hunter2", "IllegalStateException", "at com.");
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsRefusedAsJson() {
      Answer answer = InMemoryServer.call(english(), "DELETE", "board", "project", "ACME");

      assertThat(answer.status()).isEqualTo(405);
      assertThat(json(answer))
          .isEqualTo(error("request-refused", "The request was refused (HTTP 405)."));
    }
  }

  private static JsonNode error(String code, String message) {
    return JSON.createObjectNode().put("code", code).put("message", message);
  }

  static {
    // SECRET exists but is not visible: the access port says no, exactly as for NOPE.
    assert !ONLY_ACME.canSee(ProjectKey.of("SECRET"));
  }
}
