package com.accountgoals.browser.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.browser.harness.AgainstThePreview;
import com.accountgoals.browser.harness.Screenshots;
import com.accountgoals.browser.pages.DashboardPage;
import com.accountgoals.browser.pages.GoalPanel;
import com.accountgoals.browser.pages.IssuePage;
import com.accountgoals.browser.pages.TrafficLightEditForm;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * Screenshots under {@code browser-tests/target/screenshots/}: the board, the goal panel and the
 * traffic-light field (edit form and column view), wide (1280 px) and narrow (a third of a
 * dashboard for the board, a 400 px window for the issue pages, whose fluid frame follows the
 * window), in English, German and Italian, and in the dark theme. The narrow panel must be in its
 * narrow layout with its alignment on screen, and the narrow field must fit the window with every
 * row's buttons on screen. Named {@code <page>-<language>[-dark]-<width>.png}.
 */
@DisplayName("Screenshots")
class ScreenshotsIT extends AgainstThePreview {

  private static final int WIDE = 1280;
  private static final int NARROW = 400;

  private final Screenshots screenshots = Screenshots.fromBuild();

  private String theme(boolean dark) {
    return dark ? "dark" : null;
  }

  private static String name(String page, String language, boolean dark, String width) {
    return page + "-" + language + (dark ? "-dark" : "") + "-" + width;
  }

  private void window(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
  }

  private static void assertPicture(Path file, int width) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isGreaterThan(300);
  }

  @ParameterizedTest(name = "{0}, dark {1}")
  @CsvSource({"en, false", "de, false", "it, false", "en, true"})
  void ofTheBoard(String language, boolean dark) throws IOException {
    window(WIDE);
    open("/dashboard", "project", "ACME", "lang", language, "theme", theme(dark));
    DashboardPage page = new DashboardPage(driver);
    assertThat(page.board().settled().isErrorState()).isFalse();
    assertPicture(screenshots.take(driver, name("board", language, dark, "wide")), WIDE);

    assertThat(page.inNarrowColumn().isNarrow()).isTrue();
    assertPicture(screenshots.take(driver, name("board", language, dark, "narrow")), WIDE);
  }

  @ParameterizedTest(name = "{0}, dark {1}")
  @CsvSource({"en, false", "de, false", "it, false", "en, true"})
  void ofThePanel(String language, boolean dark) throws IOException {
    window(WIDE);
    open("/issue/ACME-7", "lang", language, "theme", theme(dark));
    assertThat(new IssuePage(driver).panel().settled().isError()).isFalse();
    assertPicture(screenshots.take(driver, name("panel", language, dark, "wide")), WIDE);

    window(NARROW);
    try {
      open("/issue/ACME-7", "lang", language, "theme", theme(dark));
      GoalPanel panel = new IssuePage(driver).panel().settled();
      assertThat(panel.isNarrow()).isTrue();
      assertThat(pageWidth()).isLessThanOrEqualTo(NARROW);
      assertOnScreen(panel.section("alignment"));
      assertPicture(screenshots.take(driver, name("panel", language, dark, "narrow")), NARROW);
    } finally {
      window(WIDE);
    }
  }

  @ParameterizedTest(name = "{0}, dark {1}")
  @CsvSource({"en, false", "de, false", "it, false", "en, true"})
  void ofTheField(String language, boolean dark) throws IOException {
    window(WIDE);
    open("/edit/ACME-2", "lang", language, "theme", theme(dark));
    assertThat(TrafficLightEditForm.onEditPage(driver).rows()).isNotEmpty();
    assertPicture(screenshots.take(driver, name("field", language, dark, "wide")), WIDE);

    window(NARROW);
    try {
      open("/edit/ACME-2", "lang", language, "theme", theme(dark));
      TrafficLightEditForm form = TrafficLightEditForm.onEditPage(driver);
      assertThat(pageWidth()).isLessThanOrEqualTo(NARROW);
      for (WebElement row : form.rows()) {
        row.findElements(By.tagName("button")).forEach(ScreenshotsIT.this::assertOnScreen);
      }
      assertPicture(screenshots.take(driver, name("field", language, dark, "narrow")), NARROW);
    } finally {
      window(WIDE);
    }
  }

  /**
   * Whether {@code element} lies inside the window's width: nobody has to scroll sideways to it.
   */
  private void assertOnScreen(WebElement element) {
    long inner = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    Rectangle box = element.getRect();
    assertThat(box.getX()).as("left edge of %s", element.getTagName()).isGreaterThanOrEqualTo(0);
    assertThat(box.getX() + box.getWidth())
        .as("right edge of %s", element.getTagName())
        .isLessThanOrEqualTo((int) inner);
  }

  /** How wide the page's content is: wider than the window means a person must scroll sideways. */
  private long pageWidth() {
    return ((Number) driver.executeScript("return document.documentElement.scrollWidth;"))
        .longValue();
  }
}
