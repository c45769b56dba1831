package com.accountgoals.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The preview's dashboard ({@code /dashboard?project=KEY}): one QBR board item in a frame with its
 * title and a "Configure" button, as Jira's dashboard shows an item.
 */
public final class DashboardPage {

  private static final By CONTENT = By.cssSelector(".ag-preview-dashboard-item-content");

  private final WebDriver driver;

  public DashboardPage(WebDriver driver) {
    this.driver = driver;
  }

  public BoardItem board() {
    return new BoardItem(driver, CONTENT);
  }

  public BoardSettings settings() {
    return new BoardSettings(driver, CONTENT);
  }

  /**
   * Makes the item's frame as narrow as a third of a dashboard (the preview lays out one wide
   * column) and renders the item again with its settings, as Jira does after a layout change.
   */
  public BoardItem inNarrowColumn() {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelector('.ag-preview-dashboard-item').style.width = '360px';");
    configure().save();
    return board().settled();
  }

  /** Chooses "Configure" and returns the settings form it opens. */
  public BoardSettings configure() {
    driver.findElement(By.cssSelector(".ag-preview-configure")).click();
    return settings();
  }
}
