package com.accountgoals.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The traffic-light field's edit form ({@code templates/trafficlight/edit.vm} with {@code
 * trafficlight-edit.js}): the overall colour, the numbered factor rows, Add factor. Reads what a
 * person (or a screen reader) gets: values, accessible names, where the focus is.
 */
public final class TrafficLightEditForm {

  private final WebDriver driver;
  private final By root;

  /** The form on the preview's page {@code /edit/KEY}. */
  public static TrafficLightEditForm onEditPage(WebDriver driver) {
    return new TrafficLightEditForm(driver, By.cssSelector("form.ag-preview-edit"));
  }

  public TrafficLightEditForm(WebDriver driver, By root) {
    this.driver = driver;
    this.root = root;
  }

  private WebElement form() {
    return driver.findElement(root).findElement(By.cssSelector("[data-ag-tl-edit]"));
  }

  public WebElement overall() {
    return form().findElement(By.cssSelector(".ag-tl-overall"));
  }

  public List<WebElement> rows() {
    return form().findElements(By.cssSelector("[data-ag-tl-row]"));
  }

  public WebElement text(int row) {
    return rows().get(row - 1).findElement(By.cssSelector(".ag-tl-row-text"));
  }

  public WebElement colour(int row) {
    return rows().get(row - 1).findElement(By.cssSelector(".ag-tl-row-colour"));
  }

  public WebElement button(int row, String action) {
    return rows().get(row - 1).findElement(By.cssSelector("[data-ag-tl-action='" + action + "']"));
  }

  public WebElement addFactor() {
    return form().findElement(By.cssSelector("[data-ag-tl-action='add']"));
  }

  /** Each row's text, top to bottom. */
  public List<String> texts() {
    return rows().stream()
        .map(r -> r.findElement(By.cssSelector(".ag-tl-row-text")).getAttribute("value"))
        .toList();
  }

  /** Each row's colour (RED, AMBER, GREEN), top to bottom. */
  public List<String> colours() {
    return rows().stream()
        .map(r -> new Select(r.findElement(By.cssSelector(".ag-tl-row-colour"))))
        .map(s -> s.getFirstSelectedOption().getAttribute("value"))
        .toList();
  }

  /** The polite live region that announces adds, moves and removals. */
  public String announcement() {
    return form().findElement(By.cssSelector("[data-ag-tl-status]")).getAttribute("textContent");
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  public static String accessibleName(WebElement element) {
    return element.getAccessibleName();
  }
}
