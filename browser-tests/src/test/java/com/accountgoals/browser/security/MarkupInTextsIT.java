package com.accountgoals.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.harness.RestRewrite;
import com.accountgoals.browser.pages.BoardItem;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.browser.pages.GoalPanel;
import com.accountgoals.browser.pages.IssuePage;
import com.accountgoals.browser.pages.TrafficLightEditForm;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code <img src=x onerror=...>} in every text a team writes (summaries, factors, owners, units,
 * action assignees) comes out as text: no image element, and the flag its onerror would set stays
 * unset. The demo accounts hold no such texts, so the REST answers are rewritten in the page (see
 * {@link RestRewrite}); the traffic-light edit form gets them typed in. Also the empty state, which
 * no demo account has: the same rewrite removes every goal from an answer.
 */
@DisplayName("Markup in texts, and an account without goals")
class MarkupInTextsIT extends AgainstThePreview {

  static final String MARKUP = "<img src=x onerror=\"window.agInjected=true\">";

  /** Puts the markup before every text a team writes, wherever it is in the answer. */
  private static final String WITH_MARKUP =
      "var teamTexts = ['summary', 'text', 'owner', 'unit', 'assignee', 'name', 'reason'];"
          + "(function walk(node) {"
          + "  if (Array.isArray(node)) { node.forEach(walk); return; }"
          + "  if (node && typeof node === 'object') {"
          + "    Object.keys(node).forEach(function (k) {"
          + "      if (typeof node[k] === 'string' && teamTexts.indexOf(k) >= 0) {"
          + "        node[k] = '"
          + MARKUP.replace("\"", "\\\"")
          + " ' + node[k];"
          + "      } else { walk(node[k]); }"
          + "    });"
          + "  }"
          + "}(body));"
          + "return body;";

  private boolean injected() {
    return BoardItem.windowFlagSet(driver, "agInjected");
  }

  private int images(String css) {
    return driver.findElements(By.cssSelector(css + " img")).size();
  }

  @Nested
  @DisplayName("on the board")
  class OnTheBoard {

    @Test
    void everyTeamTextIsShownAsTextAndNothingRuns() {
      BoardItem board =
          RestRewrite.install(driver, WITH_MARKUP)
              .during(
                  () -> {
                    open("/dashboard", "project", "ACME");
                    return new DashboardPage(driver).board().settled();
                  });

      assertThat(board.sections()).hasSize(10);
      assertThat(board.section("attention").getText()).contains(MARKUP);
      assertThat(board.section("lights").getText())
          .contains(MARKUP + " Not on the preferred-supplier list");
      assertThat(board.section("plan").getText()).contains(MARKUP);
      assertThat(images(".ag-board")).isZero();
      assertThat(injected()).isFalse();
    }
  }

  @Nested
  @DisplayName("on the goal panel")
  class OnThePanel {

    @Test
    void summaryFactorsAndAlignedGoalsAreShownAsTextAndNothingRuns() {
      GoalPanel panel =
          RestRewrite.install(driver, WITH_MARKUP)
              .during(
                  () -> {
                    open("/issue/ACME-7");
                    return new IssuePage(driver).panel().settled();
                  });

      assertThat(panel.section("light").getText())
          .contains(MARKUP + " The customer is buying a company");
      assertThat(panel.section("alignment").getText()).contains(MARKUP);
      assertThat(images("[data-ag-panel]")).isZero();
      assertThat(injected()).isFalse();
    }
  }

  @Nested
  @DisplayName("in the traffic-light edit form")
  class InTheEditForm {

    @Test
    void aTypedFactorNamesItsButtonsAsTextAndNothingRuns() {
      open("/edit/ACME-2");
      TrafficLightEditForm form = TrafficLightEditForm.onEditPage(driver);

      form.text(4).click();
      new Actions(driver).sendKeys(MARKUP, Keys.ENTER).perform();

      assertThat(TrafficLightEditForm.accessibleName(form.button(4, "remove")))
          .isEqualTo("Remove factor 4: " + MARKUP);
      assertThat(images("form.ag-preview-edit")).isZero();
      assertThat(injected()).isFalse();
    }
  }

  @Nested
  @DisplayName("an account without goals")
  class Empty {

    @Test
    void saysToCreateAnIssueOfTypeGoal() {
      ResourceBundle english = ResourceBundle.getBundle("i18n.account-goals");
      BoardItem board =
          RestRewrite.install(
                  driver,
                  "if (body.levels) { body.levels.forEach(function (l) {"
                      + " l.open = 0; l.done = 0; l.dropped = 0; }); } return body;")
              .during(
                  () -> {
                    open("/dashboard", "project", "ACME", "lang", "en");
                    return new DashboardPage(driver).board().settled();
                  });

      assertThat(board.isEmptyState()).isTrue();
      assertThat(board.notice().orElseThrow().getText())
          .contains(english.getString("account-goals.board.empty.title"))
          .contains("Create an issue of type Goal in ACME");
      assertThat(board.sections()).isEmpty();
    }
  }
}
