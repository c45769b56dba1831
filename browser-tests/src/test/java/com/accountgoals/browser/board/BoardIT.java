package com.accountgoals.browser.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.harness.ServerFailure;
import com.accountgoals.browser.pages.BoardItem;
import com.accountgoals.browser.pages.BoardSettings;
import com.accountgoals.browser.pages.DashboardPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

@DisplayName("The QBR board in Chromium")
class BoardIT extends AgainstThePreview {

  static final List<String> SECTIONS =
      List.of(
          "light",
          "headline",
          "attention",
          "review",
          "lights",
          "kpis",
          "findings",
          "next",
          "wins",
          "plan");

  private static final Pattern ISSUE_KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]*-[1-9][0-9]*\\b");

  private BoardItem board(String project, String... more) {
    List<String> parameters = new ArrayList<>(List.of("project", project));
    parameters.addAll(List.of(more));
    open("/dashboard", parameters.toArray(String[]::new));
    return new DashboardPage(driver).board().settled();
  }

  private static List<Long> healthCounts(JsonNode board) {
    JsonNode counts = board.path("health").path("counts");
    return List.of(
        counts.path("onTrack").asLong(),
        counts.path("watch").asLong(),
        counts.path("behind").asLong(),
        counts.path("offTrack").asLong(),
        counts.path("notMeasured").asLong());
  }

  private static List<Long> numbers(List<String> lines) {
    return lines.stream().map(l -> Long.parseLong(BoardItem.numberIn(l).orElse("-1"))).toList();
  }

  @Nested
  @DisplayName("every demo account")
  class EveryAccount {

    @ParameterizedTest
    @ValueSource(strings = {"ACME", "VOLTA", "NORD", "BRIGHT"})
    void showsEverySectionInTheBoardsOrderEachUnderItsHeading(String project) {
      BoardItem board = board(project);

      assertThat(board.sections()).containsExactlyElementsOf(SECTIONS);
      SECTIONS.forEach(id -> assertThat(board.heading(id)).as(id).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME", "VOLTA", "NORD", "BRIGHT"})
    void headlineCountsAreTheRestAnswers(String project) {
      JsonNode json = rest("board?project=" + project, "en").body();

      BoardItem board = board(project);

      assertThat(numbers(board.healthCountLines())).isEqualTo(healthCounts(json));
      long open = healthCounts(json).stream().mapToLong(Long::longValue).sum();
      String goals =
          board.section("headline").findElement(By.cssSelector(".ag-board__big strong")).getText();
      assertThat(BoardItem.numberIn(goals)).contains(Long.toString(open));
      assertThat(board.heading("light"))
          .contains(project)
          .contains(json.path("quarter").path("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME", "VOLTA", "NORD", "BRIGHT"})
    void everyItemLinksToItsIssueAndOnlyToIssuesOfTheAnswer(String project) {
      String answer = rest("board?project=" + project, "en").body().toString();
      TreeSet<String> keysInAnswer = new TreeSet<>();
      Matcher m = ISSUE_KEY.matcher(answer);
      while (m.find()) {
        keysInAnswer.add(m.group());
      }

      board(project);
      List<WebElement> links = BoardItem.links(driver.findElement(By.cssSelector(".ag-board")));

      assertThat(links).hasSizeGreaterThan(5);
      for (WebElement link : links) {
        assertThat(link.getAttribute("href")).endsWith("/browse/" + link.getText());
        assertThat(keysInAnswer).contains(link.getText());
      }
    }

    @Test
    void theThreeMonthOutlineHeadsItsGroupsAndNamesGoalsByKeyAndSummary() {
      BoardItem board = board("ACME", "lang", "en");
      List<WebElement> groups =
          board.section("plan").findElements(By.cssSelector(".ag-board__outline-group"));

      assertThat(groups.subList(0, 2))
          .extracting(g -> g.findElement(By.tagName("h6")).getText())
          .containsExactly("By goal", "By owner");
      assertThat(groups.get(0).findElements(By.tagName("li")))
          .extracting(WebElement::getText)
          .containsExactly(
              "ACME-2 They trust us completely: 1",
              "ACME-3 5 products in use by the end of next year: 1");
      assertThat(groups.get(1).getText()).contains("Anna Berger: 2");
    }

    @Test
    void aKeyInNeedsAttentionOpensItsIssue() {
      BoardItem board = board("ACME");
      WebElement first = board.section("attention").findElement(By.cssSelector("a.ag-board__key"));
      String key = first.getText();

      first.click();

      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("/browse/" + key));
      assertThat(driver.findElement(By.tagName("body")).getText()).contains(key);
    }
  }

  @Nested
  @DisplayName("its settings")
  class Settings {

    @Test
    void changingProjectAndQuarterShowsThatAccountsQuarter() {
      JsonNode volta = rest("board?project=VOLTA", "en").body();
      String previous = previousQuarter(volta.path("quarter").path("name").asText());
      JsonNode expected = rest("board?project=VOLTA&quarter=" + previous, "en").body();
      board("ACME");

      BoardSettings settings = new DashboardPage(driver).configure();
      settings.type(settings.project(), "volta").type(settings.quarter(), previous).save();

      BoardItem board = new DashboardPage(driver).board().settled();
      assertThat(board.heading("light")).contains("VOLTA").contains(previous);
      assertThat(numbers(board.healthCountLines())).isEqualTo(healthCounts(expected));
      assertThat(driver.getCurrentUrl()).contains("project=VOLTA").contains("quarter=" + previous);
    }

    @Test
    void choosingSectionsShowsOnlyThoseInTheBoardsOrder() {
      board("ACME");

      BoardSettings settings = new DashboardPage(driver).configure();
      SECTIONS.forEach(id -> settings.show(id, List.of("kpis", "headline").contains(id)));
      settings.save();

      assertThat(new DashboardPage(driver).board().settled().sections())
          .containsExactly("headline", "kpis");
    }

    @Test
    void aQuarterWrittenWronglyIsRefusedBesideItsFieldAndNothingIsSaved() {
      board("ACME");
      String before = driver.getCurrentUrl();

      BoardSettings settings = new DashboardPage(driver).configure();
      settings.type(settings.quarter(), "2026-Q5").save();

      assertThat(settings.isShown()).isTrue();
      assertThat(settings.error("quarter")).isNotBlank();
      assertThat(driver.switchTo().activeElement()).isEqualTo(settings.quarter());
      assertThat(settings.quarter().getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.getCurrentUrl()).isEqualTo(before);
    }
  }

  @Nested
  @DisplayName("its states")
  class States {

    @Test
    void anUnknownProjectShowsTheServersMessage() {
      String message = rest("board?project=NOPE", "en").body().path("message").asText();

      BoardItem board = board("NOPE");

      assertThat(board.isErrorState()).isTrue();
      assertThat(message).isNotBlank();
      assertThat(board.notice().orElseThrow().getText()).contains(message);
      assertThat(board.notice().orElseThrow().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void aServerFailureThePreviewCannotProduceRewrittenInThePageSaysTheBoardCouldNotBeLoaded() {
      ResourceBundle english = ResourceBundle.getBundle("i18n.account-goals");

      BoardItem board = ServerFailure.install(driver).during(() -> board("ACME", "lang", "en"));

      assertThat(board.isErrorState()).isTrue();
      assertThat(board.notice().orElseThrow().getText())
          .contains(english.getString("account-goals.board.error.network"))
          .doesNotContain("Internal Server Error");
      assertThat(board.sections()).isEmpty();
    }

    @Test
    void aQuarterThatIsNoneShowsTheServersMessage() {
      BoardItem board = board("ACME", "quarter", "2026-Q5");

      assertThat(board.isErrorState()).isTrue();
      assertThat(board.notice().orElseThrow().getText())
          .contains(
              rest("board?project=ACME&quarter=2026-Q5", "en").body().path("message").asText());
    }
  }

  @Nested
  @DisplayName("in a narrow column")
  class Narrow {

    @Test
    void showsTheFirstFourSectionsAndTheRestBehindShowAll() {
      board("ACME");

      BoardItem board = new DashboardPage(driver).inNarrowColumn();

      assertThat(board.isNarrow()).isTrue();
      assertThat(board.sections()).containsExactly("light", "headline", "attention", "kpis");

      board.showAll().click();

      assertThat(board.sections()).containsExactlyElementsOf(SECTIONS);
      assertThat(driver.switchTo().activeElement().getText()).isEqualTo(board.heading("review"));
    }
  }

  static String previousQuarter(String quarter) {
    int year = Integer.parseInt(quarter.substring(0, quarter.indexOf('-')));
    int q = quarter.charAt(quarter.length() - 1) - '0';
    return q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
  }
}
