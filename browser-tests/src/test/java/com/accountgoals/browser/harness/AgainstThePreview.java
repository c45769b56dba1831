package com.accountgoals.browser.harness;

import com.accountgoals.preview.Preview;
import com.accountgoals.preview.PreviewOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that runs against one preview, started in-process on a free port, in one headless
 * Chromium: both start before the class's first test and stop after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AgainstThePreview {

  protected Preview preview;
  protected Chromium chromium;
  protected ChromeDriver driver;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  /** The preview's options: the sample accounts by default. */
  protected PreviewOptions options() {
    return PreviewOptions.anyPort();
  }

  @BeforeAll
  void startPreviewAndBrowser() {
    preview = Preview.start(options());
    chromium = Chromium.start(1280, 900);
    driver = chromium.driver();
  }

  @AfterAll
  void stopBoth() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (preview != null) {
        preview.close();
      }
    }
  }

  /**
   * The preview's address of {@code path} with query parameters given as name, value, name,
   * value...; a null value leaves its parameter out.
   */
  protected String url(String path, String... parameters) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      if (parameters[i + 1] != null) {
        query.add(
            parameters[i] + "=" + URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
      }
    }
    return preview.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path)
        + query.toString();
  }

  /** Opens {@code path} in the browser (see {@link #url}). */
  protected void open(String path, String... parameters) {
    driver.get(url(path, parameters));
  }

  /** What the REST API answers, for comparing with what the page shows. */
  protected record Answer(int status, JsonNode body) {}

  protected Answer rest(String path, String language, String... parameters) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/rest/account-goals/1.0/" + path, parameters)))
            .header("Accept", "application/json")
            .header("Accept-Language", language)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
