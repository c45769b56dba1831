package com.accountgoals.browser.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.pages.AdminPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The admin page in German, with the keyboard alone: the fields in the order they are read, each
 * with a visible focus; a save with a wrong search cap refused next to the field with nothing lost,
 * then the corrected save kept.
 */
@DisplayName("The admin page, in German, with the keyboard alone")
class AdminPageIT extends AgainstThePreview {

  private void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses Tab until the element with {@code id} has the focus; fails after 120 presses. */
  private WebElement tabTo(AdminPage page, String id) {
    for (int i = 0; i < 120; i++) {
      press(Keys.TAB);
      WebElement focused = page.focused();
      if (id.equals(focused.getAttribute("id"))) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  @Test
  void tabReachesEveryFieldInReadingOrderWithAVisibleFocus() {
    open("/admin", "lang", "de");
    AdminPage page = new AdminPage(driver);
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < 120 && !fields.contains("ag-off-track"); i++) {
      press(Keys.TAB);
      WebElement focused = page.focused();
      String id = focused.getAttribute("id");
      if (id != null && id.startsWith("ag-")) {
        fields.add(id);
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        assertThat(!"none".equals(outline) || !"none".equals(shadow))
            .as("focus of #" + id + " is visible")
            .isTrue();
      }
    }

    assertThat(fields)
        .containsSubsequence(
            "ag-project-key",
            "ag-resolution-10000",
            "ag-search-cap",
            "ag-fiscal-year-start",
            "ag-naming-by-start-year",
            "ag-today-zone",
            "ag-on-track",
            "ag-off-track");
  }

  @Test
  void aWrongSearchCapIsRefusedNextToItsFieldAndTheCorrectedOneIsSaved() {
    open("/admin", "lang", "de");
    AdminPage page = new AdminPage(driver);
    // Tab selects a text field's content: what is typed replaces it.
    tabTo(page, "ag-on-track");
    press("7,5");
    // Tab on from the on-track field: past the end of the page and round to the top again.
    tabTo(page, "ag-search-cap");
    page = page.submit("zehn", Keys.ENTER);

    assertThat(page.notices())
        .containsExactly(
            "Es wurde nichts gespeichert: Korrigieren Sie die unten markierten Felder.");
    assertThat(page.errorOf("ag-search-cap"))
        .isEqualTo("Geben Sie eine ganze Zahl von 1 bis 100.000 ein, nicht \u201ezehn\u201c.");
    assertThat(page.field("ag-search-cap").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.field("ag-search-cap").getAttribute("value")).isEqualTo("zehn");
    assertThat(page.field("ag-on-track").getAttribute("value")).isEqualTo("7,5");

    tabTo(page, "ag-search-cap");
    page = page.submit("2500", Keys.ENTER);

    assertThat(page.notices()).containsExactly("Einstellungen gespeichert.");
    assertThat(page.errorOf("ag-search-cap")).isEmpty();
    assertThat(page.field("ag-search-cap").getAttribute("value")).isEqualTo("2500");
    assertThat(page.field("ag-on-track").getAttribute("value")).isEqualTo("7,5");
    assertThat(driver.getCurrentUrl()).contains("lang=de");
  }
}
