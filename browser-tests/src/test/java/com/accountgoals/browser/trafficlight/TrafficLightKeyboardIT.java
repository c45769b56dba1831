package com.accountgoals.browser.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.pages.TrafficLightEditForm;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The traffic-light edit form of ACME-2 (three factors and an empty row), used with the keyboard
 * alone: Tab to move, typing, Enter and the arrow keys; no click anywhere.
 */
@DisplayName("The traffic-light edit form, with the keyboard alone")
class TrafficLightKeyboardIT extends AgainstThePreview {

  private static final List<String> ACME_2 =
      List.of(
          "Product approved by IT",
          "New finance director",
          "Not on the preferred-supplier list",
          "");

  private TrafficLightEditForm form;

  @BeforeEach
  void openTheForm() {
    open("/edit/ACME-2", "lang", "en");
    driver.executeScript("window.agStillHere = true;");
    form = TrafficLightEditForm.onEditPage(driver);
  }

  private void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses Tab until {@code target} has the focus; fails after 80 presses. */
  private WebElement tabTo(Predicate<WebElement> target) {
    for (int i = 0; i < 80; i++) {
      press(Keys.TAB);
      WebElement focused = form.focused();
      if (target.test(focused)) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached the element");
  }

  private WebElement tabTo(WebElement element) {
    return tabTo(element::equals);
  }

  private boolean pageNotReloaded() {
    return Boolean.TRUE.equals(driver.executeScript("return window.agStillHere === true;"));
  }

  @Test
  void startsWithTheStoredFactorsAndAnEmptyRow() {
    assertThat(form.texts()).isEqualTo(ACME_2);
  }

  @Nested
  @DisplayName("Enter in a factor")
  class Enter {

    @Test
    void movesToTheNextFactorAndDoesNotSubmitTheForm() {
      tabTo(form.text(1));

      press(Keys.ENTER);

      assertThat(form.focused()).isEqualTo(form.text(2));
      assertThat(pageNotReloaded()).isTrue();
    }

    @Test
    void inTheLastFilledRowAddsARowAndDoesNotSubmitTheForm() {
      tabTo(form.text(4));
      press("Budget frozen");

      press(Keys.ENTER);

      assertThat(form.rows()).hasSize(5);
      assertThat(form.focused()).isEqualTo(form.text(5));
      assertThat(form.texts().get(3)).isEqualTo("Budget frozen");
      assertThat(pageNotReloaded()).isTrue();
    }
  }

  @Nested
  @DisplayName("adding a factor")
  class Adding {

    @Test
    void addFactorPutsTheFocusInANewRowToTypeAndChooseAColourIn() {
      tabTo(form.addFactor());

      press(Keys.ENTER);
      assertThat(TrafficLightEditForm.accessibleName(form.focused())).isEqualTo("Factor 5");
      press("Budget frozen");
      new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      assertThat(TrafficLightEditForm.accessibleName(form.focused()))
          .isEqualTo("Colour of factor 5");
      press("r");

      assertThat(form.rows()).hasSize(5);
      assertThat(form.texts().get(4)).isEqualTo("Budget frozen");
      assertThat(form.colours().get(4)).isEqualTo("RED");
      assertThat(TrafficLightEditForm.accessibleName(form.colour(5)))
          .isEqualTo("Colour of factor 5");
    }
  }

  @Nested
  @DisplayName("moving and removing")
  class MovingAndRemoving {

    @Test
    void moveDownSwapsTheRowsKeepsTheFocusOnTheMovedRowAndSaysWhereItIsNow() {
      tabTo(form.button(1, "down"));

      press(Keys.ENTER);

      assertThat(form.texts().subList(0, 2))
          .containsExactly("New finance director", "Product approved by IT");
      assertThat(form.focused()).isEqualTo(form.button(2, "down"));
      assertThat(TrafficLightEditForm.accessibleName(form.focused()))
          .isEqualTo("Move factor 2 down");
      assertThat(form.announcement()).isEqualTo("Moved: now factor 2.");
    }

    @Test
    void removePutsTheFocusOnTheNextFactorAndRenumbersTheRows() {
      tabTo(form.button(2, "remove"));

      press(Keys.ENTER);

      assertThat(form.texts())
          .containsExactly("Product approved by IT", "Not on the preferred-supplier list", "");
      assertThat(form.focused()).isEqualTo(form.text(2));
      assertThat(TrafficLightEditForm.accessibleName(form.button(2, "remove")))
          .isEqualTo("Remove factor 2: Not on the preferred-supplier list");
      assertThat(form.announcement()).isEqualTo("Factor 2 removed.");
      assertThat(pageNotReloaded()).isTrue();
    }

    @Test
    void everyControlOfEveryRowHasANameOfItsOwn() {
      List<String> names =
          form.rows().stream()
              .flatMap(
                  row ->
                      row
                          .findElements(org.openqa.selenium.By.cssSelector("select, input, button"))
                          .stream())
              .map(TrafficLightEditForm::accessibleName)
              .toList();

      assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
    }
  }
}
