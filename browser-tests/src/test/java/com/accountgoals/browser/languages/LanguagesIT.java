package com.accountgoals.browser.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.pages.BoardItem;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.browser.pages.GoalPanel;
import com.accountgoals.browser.pages.IssuePage;
import com.accountgoals.browser.pages.TrafficLightEditForm;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The board in English, German and Italian: headings from the app's own bundles (read from the
 * plugin's jar), numbers and dates as the language writes them.
 */
@DisplayName("The board, the panel and the field in three languages")
class LanguagesIT extends AgainstThePreview {

  private static final List<String> SECTIONS =
      List.of(
          "headline", "attention", "review", "lights", "kpis", "findings", "next", "wins", "plan");

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.account-goals",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private BoardItem board(String language) {
    open("/dashboard", "project", "ACME", "lang", language);
    return new DashboardPage(driver).board().settled();
  }

  @ParameterizedTest
  @CsvSource({"de", "it"})
  void theServersMessageIsInThePagesLanguageWhateverTheBrowserAsksFor(String language) {
    String english =
        rest("board?project=ACME&quarter=2026-Q5", "en").body().path("message").asText();
    String own =
        rest("board?project=ACME&quarter=2026-Q5", language).body().path("message").asText();

    open("/dashboard", "project", "ACME", "quarter", "2026-Q5", "lang", language);
    BoardItem board = new DashboardPage(driver).board().settled();

    assertThat(board.isErrorState()).isTrue();
    assertThat(own).isNotEqualTo(english);
    assertThat(board.notice().orElseThrow().getText()).contains(own).doesNotContain(english);
  }

  @ParameterizedTest
  @CsvSource({"en", "de", "it"})
  void sectionHeadingsAreTheLanguagesOwn(String language) {
    ResourceBundle texts = bundle(language);

    BoardItem board = board(language);

    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
    for (String id : SECTIONS) {
      assertThat(board.heading(id))
          .as(id)
          .isEqualTo(texts.getString("account-goals.board.section." + id));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | 54.41 | Nov 16, 2026",
        "de | 54,41 | 16. Nov. 2026",
        "it | 54,41 | 16 nov 2026"
      })
  void numbersAndDatesAreWrittenAsTheLanguageWritesThem(
      String language, String planned, String day) {
    ResourceBundle texts = bundle(language);

    BoardItem board = board(language);

    assertThat(board.section("attention").getText()).contains(planned);
    assertThat(board.section("light").findElement(By.cssSelector(".ag-board__as-of")).getText())
        .isEqualTo(
            new MessageFormat(texts.getString("account-goals.board.as-of"))
                .format(new Object[] {day}));
  }

  @ParameterizedTest
  @CsvSource({"de", "it"})
  void thePanelsHeadingsAndItsReasonAreInTheLanguage(String language) {
    ResourceBundle texts = bundle(language);

    open("/issue/ACME-7", "lang", language);
    GoalPanel panel = new IssuePage(driver).panel().settled();

    assertThat(panel.sections()).isNotEmpty();
    for (String id : panel.sections()) {
      assertThat(panel.heading(id))
          .as(id)
          .isEqualTo(texts.getString("account-goals.panel.section." + id));
    }
    assertThat(panel.why()).contains("54,41").doesNotContain("54.41");
  }

  @ParameterizedTest
  @CsvSource({"de", "it"})
  void theEditFormSpeaksTheLanguage(String language) {
    ResourceBundle texts = bundle(language);

    open("/edit/ACME-2", "lang", language);
    TrafficLightEditForm form = TrafficLightEditForm.onEditPage(driver);

    assertThat(form.addFactor().getText())
        .isEqualTo(texts.getString("account-goals.trafficlight.edit.add"));
    assertThat(TrafficLightEditForm.accessibleName(form.colour(1)))
        .isEqualTo(
            new MessageFormat(texts.getString("account-goals.trafficlight.edit.row.colour"))
                .format(new Object[] {"1"}));
  }
}
