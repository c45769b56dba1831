package com.accountgoals.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The QBR board dashboard item as it renders inside its element: its states (loading, board, empty,
 * error, unconfigured), its sections in order and what they say. Reads the DOM that {@code
 * account-goals/board/render} builds.
 */
public final class BoardItem {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,\\u00a0\\u202f']*");

  private static final String SETTLED = ".ag-board:not(.ag-board--loading)";

  private final WebDriver driver;
  private final By root;

  public BoardItem(WebDriver driver, By root) {
    this.driver = driver;
    this.root = root;
  }

  private WebElement element() {
    return driver.findElement(root);
  }

  /** Waits until the item shows something other than its loading line, and returns it. */
  public BoardItem settled() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(new ByChained(root, By.cssSelector(SETTLED))).isEmpty());
    return this;
  }

  /** The ids of the sections shown, in order ({@code light}, {@code headline}, ...). */
  public List<String> sections() {
    return element().findElements(By.cssSelector("[data-section]")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getAttribute("data-section"))
        .toList();
  }

  public WebElement section(String id) {
    return element().findElement(By.cssSelector("[data-section='" + id + "']"));
  }

  /** The heading a person reads above a section. */
  public String heading(String id) {
    return section(id).findElement(By.cssSelector("h4")).getText();
  }

  /** The issue keys a section links to, in order. */
  public List<String> linkedKeys(String id) {
    return links(section(id)).stream().map(WebElement::getText).toList();
  }

  public static List<WebElement> links(SearchContext context) {
    return context.findElements(By.cssSelector("a.ag-board__key"));
  }

  /**
   * The headline's health counts, in the board's order (on track, watch, behind, off track, not
   * measured), each as the line reads ("On track: 3").
   */
  public List<String> healthCountLines() {
    return section("headline").findElements(By.cssSelector(".ag-board__counts li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The number written in a line, as text ("1.234" in German), or empty. */
  public static Optional<String> numberIn(String line) {
    Matcher m = NUMBER.matcher(line);
    String found = null;
    while (m.find()) {
      found = m.group().replaceAll("[.,\\u00a0\\u202f']+$", "");
    }
    return Optional.ofNullable(found);
  }

  /** The one-line notice of an empty, error or unconfigured item. */
  public Optional<WebElement> notice() {
    return element().findElements(By.cssSelector(".aui-message")).stream().findFirst();
  }

  public boolean isEmptyState() {
    return !element().findElements(By.cssSelector(".ag-board--empty")).isEmpty();
  }

  public boolean isErrorState() {
    return !element().findElements(By.cssSelector(".ag-board--error")).isEmpty();
  }

  public boolean isNarrow() {
    return !element().findElements(By.cssSelector(".ag-board--narrow")).isEmpty();
  }

  /** The narrow column's "Show all" button. */
  public WebElement showAll() {
    return element().findElement(By.cssSelector(".ag-board__fold"));
  }

  /** The whole item's visible text. */
  public String text() {
    return element().getText();
  }
}
