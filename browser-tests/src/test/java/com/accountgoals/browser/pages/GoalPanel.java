package com.accountgoals.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The goal panel on the preview's issue page ({@code /issue/KEY}), drawn by the panel's script. */
public final class GoalPanel {

  private static final By ROOT = By.cssSelector("[data-ag-panel]");

  private final WebDriver driver;

  public GoalPanel(WebDriver driver) {
    this.driver = driver;
  }

  private WebElement root() {
    return driver.findElement(ROOT);
  }

  /** Waits until the panel shows the goal or an error, not its loading line. */
  public GoalPanel settled() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                !d.findElements(By.cssSelector("[data-ag-panel] .ag-panel:not(.ag-panel--loading)"))
                    .isEmpty());
    return this;
  }

  /** The ids of the sections shown, in order ({@code status}, {@code progress}, ...). */
  public List<String> sections() {
    return root().findElements(By.cssSelector("[data-section]")).stream()
        .map(e -> e.getAttribute("data-section"))
        .toList();
  }

  public WebElement section(String id) {
    return root().findElement(By.cssSelector("[data-section='" + id + "']"));
  }

  /** The heading a person reads above a section. */
  public String heading(String id) {
    return section(id).findElement(By.cssSelector("h4")).getText();
  }

  /** The one sentence that says why the goal has its health. */
  public String why() {
    return root().findElement(By.cssSelector(".ag-panel__why")).getText();
  }

  public boolean isNarrow() {
    return !root().findElements(By.cssSelector(".ag-panel--narrow")).isEmpty();
  }

  public boolean isError() {
    return !root().findElements(By.cssSelector(".ag-panel--error")).isEmpty();
  }

  public String text() {
    return root().getText();
  }
}
