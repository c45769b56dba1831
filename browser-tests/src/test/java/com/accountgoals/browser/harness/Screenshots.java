package com.accountgoals.browser.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots under the directory named by the system property {@code screenshots.dir}
 * ({@code browser-tests/target/screenshots}), written on every run: the window is made as tall as
 * the page for the picture, then set back.
 */
public final class Screenshots {

  private final Path directory;

  public Screenshots(Path directory) {
    this.directory = directory;
  }

  public static Screenshots fromBuild() {
    return new Screenshots(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
  }

  /** Writes {@code name.png} and returns its path. */
  public Path take(ChromeDriver driver, String name) {
    WebDriver.Window window = driver.manage().window();
    Dimension before = window.getSize();
    long height =
        ((Number)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return Math.max(document.documentElement.scrollHeight,"
                            + " document.body ? document.body.scrollHeight : 0);"))
            .longValue();
    int chrome = before.getHeight() - viewportHeight(driver);
    window.setSize(new Dimension(before.getWidth(), (int) Math.min(height + chrome, 16000)));
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      window.setSize(before);
    }
  }

  private static int viewportHeight(ChromeDriver driver) {
    return ((Number) driver.executeScript("return window.innerHeight;")).intValue();
  }
}
