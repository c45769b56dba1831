package com.accountgoals.browser.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The harness itself, against tiny pages served on the loopback: so that its checks can fail. */
@DisplayName("The browser harness")
class HarnessIT {

  private static final Map<String, String> PAGES =
      Map.of(
          "/clean",
          "<!doctype html><html lang='en'><head><title>Clean</title></head><body><main>"
              + "<h1>A clean page</h1><label for='q'>Search</label><input id='q'>"
              + "<button type='button'>Go</button></main></body></html>",
          "/broken",
          "<!doctype html><html lang='en'><head><title>Broken</title></head><body><main>"
              + "<h1>A broken page</h1><img src='data:,'><button type='button'></button>"
              + "</main></body></html>",
          "/tall",
          "<!doctype html><html lang='en'><head><title>Tall</title></head><body style='margin:0'>"
              + "<main><h1>Tall</h1><div style='height:3000px;background:#0b6'></div></main>"
              + "</body></html>");

  private static HttpServer server;
  private static Chromium chromium;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String page = PAGES.get(exchange.getRequestURI().getPath());
          byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    chromium = Chromium.start(800, 600);
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void debiansChromiumOpensALocalPage() {
    chromium.driver().get(base + "/clean");

    assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("A clean page");
    assertThat(chromium.driver().getCapabilities().getBrowserName()).isEqualTo("chrome");
  }

  @Nested
  @DisplayName("axe-core")
  class AxeCore {

    private final Axe axe = Axe.fromBuild();

    @Test
    void findsNothingSeriousOnACleanPage() {
      chromium.driver().get(base + "/clean");

      assertThat(axe.seriousViolations(chromium.driver())).isEmpty();
    }

    @Test
    void findsAnImageWithoutAltAndAButtonWithoutName() {
      chromium.driver().get(base + "/broken");

      assertThat(axe.seriousViolations(chromium.driver()))
          .extracting(Axe.Violation::rule)
          .contains("image-alt", "button-name");
    }
  }

  @Nested
  @DisplayName("screenshots")
  class TakingScreenshots {

    @Test
    void showTheWholePageAtTheWindowsWidth(@TempDir Path directory) throws IOException {
      chromium.driver().get(base + "/tall");

      Path file = new Screenshots(directory).take(chromium.driver(), "tall");

      BufferedImage image = ImageIO.read(Files.newInputStream(file));
      assertThat(image.getWidth()).isEqualTo(800);
      assertThat(image.getHeight()).isGreaterThanOrEqualTo(3000);
      assertThat(chromium.driver().manage().window().getSize().getHeight()).isEqualTo(600);
    }
  }
}
