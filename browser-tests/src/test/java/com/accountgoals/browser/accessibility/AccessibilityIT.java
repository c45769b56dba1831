package com.accountgoals.browser.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.harness.Axe;
import com.accountgoals.browser.pages.AdminPage;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.browser.pages.IssuePage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * axe-core (WCAG 2.1 A and AA, best practices) finds no serious or critical violation on the board,
 * the goal panel with the field's view, the field's edit form with its column view, and the app's
 * admin page (also with its errors shown), in the light theme and the dark one.
 */
@DisplayName("Accessibility (axe-core)")
class AccessibilityIT extends AgainstThePreview {

  private final Axe axe = Axe.fromBuild();

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void theBoardHasNoSeriousViolations(String theme) {
    open("/dashboard", "project", "ACME", "theme", "dark".equals(theme) ? "dark" : null);
    new DashboardPage(driver).board().settled();

    assertThat(axe.seriousViolations(driver)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void theBoardsSettingsHaveNoSeriousViolations(String theme) {
    open("/dashboard", "project", "ACME", "theme", "dark".equals(theme) ? "dark" : null);
    new DashboardPage(driver).board().settled();
    new DashboardPage(driver).configure();

    assertThat(axe.seriousViolations(driver)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void thePanelAndTheFieldsViewHaveNoSeriousViolations(String theme) {
    open("/issue/ACME-2", "theme", "dark".equals(theme) ? "dark" : null);
    new IssuePage(driver).panel().settled();

    assertThat(axe.seriousViolations(driver)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void theFieldsEditFormAndColumnViewHaveNoSeriousViolations(String theme) {
    open("/edit/ACME-2", "theme", "dark".equals(theme) ? "dark" : null);

    assertThat(axe.seriousViolations(driver)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void theAdminPageHasNoSeriousViolations(String theme) {
    open("/admin", "lang", "de", "theme", "dark".equals(theme) ? "dark" : null);

    assertThat(axe.seriousViolations(driver)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void theAdminPageWithItsErrorsHasNoSeriousViolations(String theme) {
    open("/admin", "lang", "de", "theme", "dark".equals(theme) ? "dark" : null);
    AdminPage page = new AdminPage(driver);
    page.field("ag-project-key").click();
    page = page.submit("NOPE", Keys.ENTER);

    assertThat(driver.findElements(By.cssSelector(".ag-error-projectKey"))).hasSize(1);
    assertThat(axe.seriousViolations(driver)).isEmpty();

    driver.executeScript("arguments[0].value = ''", page.field("ag-search-cap"));
    page.field("ag-search-cap").click();
    page.submit(Keys.ENTER);

    assertThat(driver.findElements(By.cssSelector(".ag-error-searchCap"))).hasSize(1);
    assertThat(axe.seriousViolations(driver)).isEmpty();
  }
}
