package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The preview started in-process on a free port, asked over HTTP as a browser would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The preview")
class PreviewTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private Preview preview;

  @BeforeAll
  void start() {
    preview = Preview.start(PreviewOptions.anyPort());
  }

  @AfterAll
  void stop() {
    preview.close();
  }

  private HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(preview.baseUri().resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Document page(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void listensOnTheLoopbackAtTheAddressItGives() {
    URI base = preview.baseUri();

    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(base.getPort()).isPositive();
    assertThat(base.getPath()).isEqualTo("/");
  }

  @Nested
  @DisplayName("the dashboard page")
  class Dashboard {

    @Test
    void mountsTheAppsDashboardItemByItsAmdModuleWithThePreferencesOfTheAddress() {
      Document html = page("dashboard?project=ACME&quarter=2026-Q3");

      var item = html.selectFirst("[data-amd-module]");
      assertThat(item).isNotNull();
      assertThat(item.attr("data-amd-module")).isEqualTo("account-goals/board/item");
      assertThat(item.attr("data-pref-project")).isEqualTo("ACME");
      assertThat(item.attr("data-pref-quarter")).isEqualTo("2026-Q3");
    }

    @Test
    void loadsTheBoardsWebResourceAtJirasAddresses() {
      Document html = page("dashboard?project=ACME");

      assertThat(html.select("script[src]").eachAttr("src"))
          .contains(
              "/download/resources/com.accountgoals.jira:qbr-board-resources/board-item.js",
              "/static/lib/aui/aui-prototyping.js",
              "/static/lib/almond/almond.js",
              "/static/jira-standin.js");
      assertThat(html.select("link[rel=stylesheet]").eachAttr("href"))
          .contains("/download/resources/com.accountgoals.jira:qbr-board-resources/board.css");
    }

    @Test
    void saysOnScreenThatItIsAPreviewWithDemoDataNotJira() {
      Document html = page("dashboard?project=ACME");

      assertThat(html.select(".ag-preview-banner").text())
          .startsWith("Preview with demo data \u2014 not Jira.");
    }
  }

  @Nested
  @DisplayName("the REST API")
  class Rest {

    @Test
    void answersTheBoardOfADemoAccountAsJson() {
      HttpResponse<String> response = get("rest/account-goals/1.0/board?project=ACME");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(response.body()).contains("\"project\":\"ACME\"", "\"date\":\"2026-11-16\"");
    }

    @Test
    void answersAnUnknownProjectWithTheOne404InTheLanguageOfTheLangParameter() {
      HttpResponse<String> response = get("rest/account-goals/1.0/board?project=NOPE&lang=de");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .contains("\"code\":\"not-found\"", "Sie d\u00fcrfen es nicht sehen");
    }

    @Test
    void translatesABadQuarterByTheAcceptLanguageHeader() {
      HttpResponse<String> response =
          get(
              "rest/account-goals/1.0/board?project=ACME&quarter=xx",
              "Accept-Language",
              "it-IT,it;q=0.9");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains("\"code\":\"invalid-quarter\"", "non \u00e8 un trimestre");
    }
  }
}
