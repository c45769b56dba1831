package com.accountgoals.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.pages.BoardItem;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.browser.pages.GoalPanel;
import com.accountgoals.browser.pages.IssuePage;
import com.accountgoals.browser.pages.TrafficLightEditForm;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Markup in every text a team writes comes out as text: no image or script element, and the flag
 * its code would set ({@code window.__xss}) stays unset. The texts are the preview's real test
 * data, the account {@code MARKUP} ({@code <img src=x onerror=window.__xss=1>} and {@code
 * <script>window.__xss=2</script>} in summaries, factors, a target change's reason, owners, a unit,
 * an action and its assignee), read through the real REST answers, the panel and the field's
 * Velocity templates; the edit form also gets them typed in. The empty state is the real account
 * project {@code EMPTY}, which has no goals.
 */
@DisplayName("Markup in texts, and an account without goals")
class MarkupInTextsIT extends AgainstThePreview {

  static final String IMG = "<img src=x onerror=window.__xss=1>";
  static final String SCRIPT = "<script>window.__xss=2</script>";

  private boolean ranNothing() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined;"));
  }

  private int elements(String css) {
    return driver.findElements(By.cssSelector(css + " img, " + css + " script")).size();
  }

  @AfterEach
  void nothingRan() {
    assertThat(ranNothing()).as("window.__xss stays unset").isTrue();
  }

  @Nested
  @DisplayName("on the board")
  class OnTheBoard {

    @Test
    void everyTeamTextOfTheMarkupAccountIsShownAsText() {
      open("/dashboard", "project", "MARKUP", "lang", "en");
      BoardItem board = new DashboardPage(driver).board().settled();

      assertThat(board.sections()).hasSize(10);
      assertThat(board.section("lights").getText())
          .contains(IMG + " They trust us " + SCRIPT)
          .contains(IMG + " Not on the preferred-supplier list");
      assertThat(board.section("plan").getText())
          .contains(IMG + " Call the finance director " + SCRIPT)
          .contains(IMG + "assignee");
      assertThat(board.text()).contains(IMG + "owner");
      assertThat(elements(".ag-board")).isZero();
    }
  }

  @Nested
  @DisplayName("on the issue page")
  class OnTheIssuePage {

    @Test
    void thePanelShowsSummariesFactorsAndTheReasonForATargetChangeAsText() {
      open("/issue/MARKUP-2", "lang", "en");
      GoalPanel panel = new IssuePage(driver).panel().settled();

      assertThat(panel.section("light").getText())
          .contains(IMG + " The customer is buying a company");
      assertThat(panel.section("history").getText()).contains(IMG + " reason " + SCRIPT);
      assertThat(panel.section("alignment").getText()).contains(IMG + " They trust us " + SCRIPT);
      assertThat(elements("[data-ag-panel]")).isZero();
    }

    @Test
    void theFieldsVelocityViewShowsTheFactorsAsText() {
      open("/issue/MARKUP-1", "lang", "en");
      IssuePage page = new IssuePage(driver);

      assertThat(page.factorTexts())
          .containsExactly(SCRIPT + " Approved by IT", IMG + " Not on the preferred-supplier list");
      assertThat(elements(".ag-preview-traffic-light")).isZero();
    }
  }

  @Nested
  @DisplayName("on the edit page")
  class InTheEditForm {

    @Test
    void theStoredFactorsFillTheBoxesAndTheColumnShowsSummariesAsText() {
      open("/edit/MARKUP-1", "lang", "en");
      TrafficLightEditForm form = TrafficLightEditForm.onEditPage(driver);

      assertThat(form.texts())
          .startsWith(SCRIPT + " Approved by IT", IMG + " Not on the preferred-supplier list");
      assertThat(
              driver.findElements(By.cssSelector(".ag-preview-column tbody tr")).stream()
                  .map(WebElement::getText))
          .anySatisfy(row -> assertThat(row).contains(IMG + " They trust us " + SCRIPT));
      assertThat(elements("form.ag-preview-edit")).isZero();
      assertThat(elements(".ag-preview-column")).isZero();
    }

    @Test
    void aTypedFactorNamesItsButtonsAsText() {
      open("/edit/ACME-2");
      TrafficLightEditForm form = TrafficLightEditForm.onEditPage(driver);

      form.text(4).click();
      new Actions(driver).sendKeys(IMG, Keys.ENTER).perform();

      assertThat(TrafficLightEditForm.accessibleName(form.button(4, "remove")))
          .isEqualTo("Remove factor 4: " + IMG);
      assertThat(elements("form.ag-preview-edit")).isZero();
    }
  }

  @Nested
  @DisplayName("an account without goals")
  class Empty {

    @Test
    void saysToCreateAnIssueOfTypeGoal() {
      ResourceBundle english = ResourceBundle.getBundle("i18n.account-goals");
      open("/dashboard", "project", "EMPTY", "lang", "en");
      BoardItem board = new DashboardPage(driver).board().settled();

      assertThat(board.isEmptyState()).isTrue();
      assertThat(board.notice().orElseThrow().getText())
          .contains(english.getString("account-goals.board.empty.title"))
          .contains("Create an issue of type Goal in EMPTY");
      assertThat(board.sections()).isEmpty();
    }
  }
}
