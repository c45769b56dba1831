package com.accountgoals.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app's admin page ({@code templates/admin/admin-page.vm}) at the preview's {@code /admin}: the
 * notices at the top, setup's report, the account projects and the settings form. Reads what a
 * person (or a screen reader) gets: values, messages, the error a field is described by.
 */
public final class AdminPage {

  private final WebDriver driver;

  public AdminPage(WebDriver driver) {
    this.driver = driver;
  }

  /** The notices at the top of the page, each as its text. */
  public List<String> notices() {
    return driver.findElements(By.cssSelector(".ag-notice")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public WebElement field(String id) {
    return driver.findElement(By.id(id));
  }

  /** The text of the error a field's {@code aria-describedby} names, or empty when none. */
  public String errorOf(String id) {
    String describedBy = field(id).getAttribute("aria-describedby");
    for (String described : describedBy == null ? new String[0] : describedBy.split(" ")) {
      if (described.startsWith("ag-error-")) {
        return driver.findElement(By.id(described)).getText();
      }
    }
    return "";
  }

  /**
   * Sends {@code keys} (ending in Enter, which submits the focused field's form) and waits for the
   * page the form's post answers with.
   */
  public AdminPage submit(CharSequence... keys) {
    WebElement html = driver.findElement(By.tagName("html"));
    new Actions(driver).sendKeys(keys).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(html));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    return new AdminPage(driver);
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }
}
