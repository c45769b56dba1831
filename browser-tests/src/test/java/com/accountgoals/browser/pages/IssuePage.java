package com.accountgoals.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The preview's issue page ({@code /issue/KEY}): the traffic-light field's view among the issue's
 * fields, and the goal panel.
 */
public final class IssuePage {

  private final WebDriver driver;

  public IssuePage(WebDriver driver) {
    this.driver = driver;
  }

  public GoalPanel panel() {
    return new GoalPanel(driver);
  }

  /** The traffic-light field's view ({@code templates/trafficlight/view.vm}). */
  public WebElement trafficLight() {
    return driver.findElement(By.cssSelector(".ag-preview-traffic-light .ag-tl"));
  }

  /** The factors' texts in the view, in the team's order. */
  public List<String> factorTexts() {
    return trafficLight().findElements(By.cssSelector(".ag-tl-factor-text")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
