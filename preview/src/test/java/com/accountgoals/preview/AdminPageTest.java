package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's admin page in the preview, asked over HTTP as a browser would: the real template and
 * form over the preview's in-memory Jira, whose settings last for the preview's run.
 */
@DisplayName("The preview's admin page")
class AdminPageTest {

  private static final String ACTION = "plugins/servlet/account-goals/admin";
  private static final String[] GERMAN = {"Cookie", "ag-preview-lang=de; ag-preview-theme=dark"};

  @RegisterExtension
  static final RunningPreview RUNNING = new RunningPreview(PreviewOptions.anyPort());

  private final Http http = RUNNING.http();

  private static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder("atl_token=preview-xsrf-token");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.append('&')
          .append(namesAndValues[i])
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  private static String settings(String cap) {
    return form(
        "action", "settings",
        "droppedResolutions", "10001",
        "searchCap", cap,
        "fiscalYearStart", "APRIL",
        "fiscalYearNaming", "BY_END_YEAR",
        "todayZone", "",
        "onTrackWithin", "7,5",
        "offTrackBeyond", "20");
  }

  private Document page(String path, String... headers) {
    HttpResponse<String> response = http.get(path, headers);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void isLinkedFromTheIndexPage() {
    assertThat(page("?lang=de").select("a[href^=/admin]").attr("href")).isEqualTo("/admin?lang=de");
  }

  @Nested
  @DisplayName("when opened")
  class Opened {

    private final HttpResponse<String> response = http.get("admin?lang=de&theme=dark");
    private final Document html = Jsoup.parse(response.body());

    @Test
    void showsTheAppsTemplateInTheFrameWithItsOwnHeadingOnly() {
      assertThat(html.select("html").attr("lang")).isEqualTo("de");
      assertThat(html.select("html").attr("data-color-mode")).isEqualTo("dark");
      assertThat(html.select("h1").eachText()).containsExactly("Account Goals: Einstellungen");
      assertThat(html.title()).isEqualTo("Account Goals: Einstellungen");
      assertThat(html.select(".ag-admin form").eachAttr("action")).allMatch(("/" + ACTION)::equals);
    }

    @Test
    void showsSetupsReportOfTheFirstRun() {
      assertThat(html.select(".ag-setup-complete").text())
          .isEqualTo("Alles, was die App braucht, ist in Jira vorhanden.");
      assertThat(html.select(".ag-setup-created li").first().text())
          .isEqualTo("Vorgangstyp Goal angelegt.");
    }

    @Test
    void keepsItsLanguageAndThemeForItsFormsPosts() {
      assertThat(response.headers().allValues("Set-Cookie"))
          .anyMatch(c -> c.startsWith("ag-preview-lang=de"))
          .anyMatch(c -> c.startsWith("ag-preview-theme=dark"));
    }
  }

  @Nested
  @DisplayName("when a form is sent")
  class Sent {

    @Test
    void refusesAWrongCapNextToItsFieldSavesNothingAndKeepsWhatWasTyped() {
      String before = page("admin?lang=de").select("#ag-search-cap").val();

      HttpResponse<String> refused = http.post(ACTION, settings("zehn"), GERMAN);
      Document html = Jsoup.parse(refused.body());

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(html.select("html").attr("data-color-mode")).isEqualTo("dark");
      assertThat(html.select("#ag-error-searchCap").text())
          .isEqualTo("Geben Sie eine ganze Zahl von 1 bis 100.000 ein, nicht \u201ezehn\u201c.");
      assertThat(html.select("#ag-search-cap").val()).isEqualTo("zehn");
      assertThat(html.select("#ag-on-track").val()).isEqualTo("7,5");
      assertThat(page("admin?lang=de").select("#ag-search-cap").val()).isEqualTo(before);
    }

    @Test
    void savesRightSettingsAndRedirectsToThePageSayingSo() {
      HttpResponse<String> saved = http.post(ACTION, settings("2500"), GERMAN);

      assertThat(saved.statusCode()).isEqualTo(302);
      assertThat(saved.headers().firstValue("Location").orElseThrow())
          .endsWith("/" + ACTION + "?saved=settings&lang=de&theme=dark");
      Document html = page(ACTION + "?saved=settings&lang=de");
      assertThat(html.select(".ag-notice").text()).isEqualTo("Einstellungen gespeichert.");
      assertThat(html.select("#ag-search-cap").val()).isEqualTo("2500");
      assertThat(html.select("#ag-on-track").val()).isEqualTo("7,5");
    }

    @Test
    void makesADemoProjectAnAccountProjectAndTakesItOffTheListAgain() {
      Document made =
          Jsoup.parse(
              http.post(ACTION, form("action", "make", "projectKey", "volta"), GERMAN).body());

      assertThat(made.select(".ag-notice .title").text())
          .isEqualTo("VOLTA ist ein Account-Projekt. Was in Jira ge\u00e4ndert wurde:");
      assertThat(made.select(".ag-project-key a").eachText()).contains("VOLTA");
      String id =
          made.select(".ag-projects tr:has(a[href=/browse/VOLTA]) input[name=projectId]").val();

      Document removed =
          Jsoup.parse(http.post(ACTION, form("action", "remove", "projectId", id), GERMAN).body());

      assertThat(removed.select(".ag-notice").text())
          .isEqualTo("VOLTA ist kein Account-Projekt mehr. In Jira wurde nichts ge\u00e4ndert.");
      assertThat(removed.select(".ag-project-key a").eachText()).doesNotContain("VOLTA");
    }

    @Test
    void refusesAnUnknownProjectKeyNextToItsField() {
      HttpResponse<String> refused =
          http.post(ACTION, form("action", "make", "projectKey", "NOPE"), GERMAN);

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(Jsoup.parse(refused.body()).select("#ag-error-projectKey").text())
          .isEqualTo("Es gibt kein Projekt mit dem Schl\u00fcssel \u201eNOPE\u201c.");
    }

    @Test
    void changesNothingWithoutTheToken() {
      HttpResponse<String> refused = http.post(ACTION, "action=make&projectKey=ACME", GERMAN);

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(Jsoup.parse(refused.body()).select(".ag-projects")).isEmpty();
    }
  }
}
