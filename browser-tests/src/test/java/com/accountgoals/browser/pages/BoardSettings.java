package com.accountgoals.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The QBR board item's settings form (its {@code renderEdit}): account project, quarter, which
 * sections to show; Save and Cancel.
 */
public final class BoardSettings {

  private final WebDriver driver;
  private final By root;

  public BoardSettings(WebDriver driver, By root) {
    this.driver = driver;
    this.root = root;
  }

  private WebElement form() {
    return driver.findElement(root).findElement(By.cssSelector("form.ag-board-edit"));
  }

  public boolean isShown() {
    return !driver.findElement(root).findElements(By.cssSelector("form.ag-board-edit")).isEmpty();
  }

  public WebElement project() {
    return form().findElement(By.cssSelector("input[id$='project']"));
  }

  public WebElement quarter() {
    return form().findElement(By.cssSelector("input[id$='quarter']"));
  }

  public List<WebElement> sectionBoxes() {
    return form().findElements(By.cssSelector("input[type=checkbox]"));
  }

  public WebElement sectionBox(String id) {
    return form().findElement(By.cssSelector("input[type=checkbox][value='" + id + "']"));
  }

  /** Ticks or unticks a section's box by its label, as a person does. */
  public BoardSettings show(String section, boolean shown) {
    if (sectionBox(section).isSelected() != shown) {
      form()
          .findElement(
              By.cssSelector("label[for='" + sectionBox(section).getAttribute("id") + "']"))
          .click();
    }
    return this;
  }

  public BoardSettings type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public void save() {
    form().findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** The message beside a field ({@code project}, {@code quarter} or {@code sections}). */
  public String error(String field) {
    return form().findElement(By.cssSelector("[id$='" + field + "-error']")).getText();
  }
}
