package com.accountgoals.browser.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver. Both executables are named
 * explicitly (system properties {@code chromium.binary} and {@code chromedriver.binary}, set by the
 * module's build), so Selenium Manager is never asked to find or download either. Each browser gets
 * a fresh profile directory, removed on {@link #close()}.
 */
public final class Chromium implements AutoCloseable {

  /** The flags of the project's common rules: headless, and nothing that goes online by itself. */
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          // Even with the flags above, Chromium looks up accounts.google.com and
          // clients2.google.com (seen with strace); no host name resolves, so nothing leaves the
          // machine. The tests use 127.0.0.1.
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--force-device-scale-factor=1");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser with a window of the given size (CSS pixels). */
  public static Chromium start(int width, int height) {
    File binary = executable("chromium.binary", "/usr/bin/chromium");
    File driverExecutable = executable("chromedriver.binary", "/usr/bin/chromedriver");
    Path profile;
    try {
      profile = Files.createTempDirectory("ag-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverExecutable)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
    return new Chromium(driver, profile);
  }

  private static File executable(String property, String fallback) {
    File file = new File(System.getProperty(property, fallback));
    if (!file.canExecute()) {
      throw new IllegalStateException(
          file
              + " is missing: the build's first step (tools/ensure-chromium.sh) installs Debian's"
              + " chromium and chromium-driver; run it, or set -D"
              + property
              + "=...");
    }
    return file;
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left in the temporary directory harms nothing.
    }
  }
}
