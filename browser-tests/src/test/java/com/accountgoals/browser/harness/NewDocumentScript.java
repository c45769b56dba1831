package com.accountgoals.browser.harness;

import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A script Chromium runs in every page opened from now on, before any script of the page ({@code
 * Page.addScriptToEvaluateOnNewDocument}), until {@link #close()}.
 */
public final class NewDocumentScript implements AutoCloseable {

  private final ChromeDriver driver;
  private final String identifier;

  private NewDocumentScript(ChromeDriver driver, String identifier) {
    this.driver = driver;
    this.identifier = identifier;
  }

  public static NewDocumentScript install(ChromeDriver driver, String source) {
    Map<String, Object> answer =
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    return new NewDocumentScript(driver, String.valueOf(answer.get("identifier")));
  }

  /** Does {@code action} with the script in place, then removes it. */
  public <T> T during(Supplier<T> action) {
    try {
      return action.get();
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    driver.executeCdpCommand(
        "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
  }
}
