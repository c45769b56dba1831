package com.accountgoals.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The preview started in-process on a free port, asked over HTTP as a browser would. */
@DisplayName("The preview")
class PreviewTest {

  private static final String IMG = "<img src=x onerror=alert(1)>";

  @RegisterExtension
  static final RunningPreview RUNNING = new RunningPreview(PreviewOptions.anyPort());

  private final Http http = RUNNING.http();

  private Document page(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    return Jsoup.parse(response.body());
  }

  private static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.append(i == 0 ? "" : "&")
          .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  @Test
  void listensOnTheLoopbackAtTheAddressItGives() {
    URI base = RUNNING.preview().baseUri();

    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(base.getPort()).isPositive();
    assertThat(base.getPath()).isEqualTo("/");
    assertThat(RUNNING.preview().accounts().all()).hasSize(4);
  }

  @Nested
  @DisplayName("every page")
  class Frame {

    @Test
    void saysOnScreenThatItIsAPreviewWithDemoDataNotJira() {
      assertThat(page("").select(".ag-preview-banner").text())
          .startsWith("Preview with demo data \u2014 not Jira.");
      assertThat(page("?lang=it").select(".ag-preview-banner").text())
          .startsWith("Anteprima con dati dimostrativi \u2014 non \u00e8 Jira.");
    }

    @Test
    void carriesTheLanguageOfTheLangParameterOrAcceptLanguage() {
      assertThat(page("dashboard?project=ACME&lang=de").selectFirst("html").attr("lang"))
          .isEqualTo("de");
      HttpResponse<String> italian = http.get("", "Accept-Language", "it-CH");

      assertThat(Jsoup.parse(italian.body()).selectFirst("html").attr("lang")).isEqualTo("it");
    }

    @Test
    void switchesToDarkWithAuisColourModeAndKeepsLanguageAndThemeInItsLinks() {
      Document html = page("dashboard?project=ACME&lang=de&theme=dark");

      assertThat(html.selectFirst("html").attr("data-color-mode")).isEqualTo("dark");
      assertThat(html.select(".ag-preview-switches a[lang=it]").attr("href"))
          .isEqualTo("/dashboard?project=ACME&lang=it&theme=dark");
      assertThat(html.select(".ag-preview-theme").attr("href"))
          .isEqualTo("/dashboard?project=ACME&lang=de");
      assertThat(page("").selectFirst("html").attr("data-color-mode")).isEqualTo("light");
    }

    @Test
    void loadsAuiBeforeTheTextsTheLoaderTheStandInAndTheAppsScripts() {
      Document html = page("dashboard?project=ACME");

      assertThat(html.select("script[src]").eachAttr("src"))
          .startsWith(
              "/static/lib/jquery/jquery.js",
              "/static/lib/aui/aui-prototyping.js",
              "/static/i18n.js?lang=en",
              "/static/lib/almond/almond.js",
              "/static/jira-standin.js");
    }

    @Test
    void answersAnUnknownPageWith404InsideTheFrame() {
      HttpResponse<String> response = http.get("nowhere?lang=de");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(Jsoup.parse(response.body()).select(".aui-page-panel-content").text())
          .isEqualTo("Diese Seite oder diesen Vorgang gibt es in der Vorschau nicht.");
    }
  }

  @Nested
  @DisplayName("the index page")
  class Index {

    @Test
    void linksTheDashboardOfEveryDemoAccount() {
      Document html = page("?lang=de");

      assertThat(html.select("a[href^=/dashboard]").eachAttr("href"))
          .containsExactly(
              "/dashboard?project=ACME&lang=de",
              "/dashboard?project=VOLTA&lang=de",
              "/dashboard?project=NORD&lang=de",
              "/dashboard?project=BRIGHT&lang=de",
              "/dashboard?project=MARKUP&lang=de",
              "/dashboard?project=EMPTY&lang=de");
    }

    @Test
    void listsTheTestDataApartUnderLabelsInThePagesLanguage() {
      Document html = page("?lang=de");

      assertThat(html.select("h2").eachText())
          .containsExactly("Beispiel-Accounts", "Testdaten", "Administration");
      assertThat(html.select("table.ag-preview-accounts").get(1).select("tbody th").eachText())
          .hasSize(2)
          .first()
          .asString()
          .startsWith("Testdaten: Markup in Texten (MARKUP)");
      assertThat(html.select("a[href^=/issue/MARKUP-]")).hasSize(2);
    }

    @Test
    void headsItsColumnsWithWhereTheLinksGoInThePagesLanguage() {
      Document html = page("?lang=it");
      List<String> links =
          List.of(
              "Bacheca QBR in una dashboard",
              "Obiettivi e milestone: il ticket con il suo pannello dell'obiettivo",
              "Campo semaforo");

      assertThat(html.select("table.ag-preview-accounts").first().select("thead th").eachText())
          .first()
          .isEqualTo("Account");
      assertThat(html.select("table.ag-preview-accounts").first().select("thead th").eachText())
          .endsWith(links.toArray(String[]::new))
          .hasSize(4);
      assertThat(html.select("table.ag-preview-accounts tbody tr").first().select("td"))
          .extracting(cell -> cell.attr("data-label"))
          .isEqualTo(links);
    }

    @Test
    void offersAnAccountsOwnGoalsBeforeTheCompanyGoalsTheySupport() {
      Document html = page("");

      assertThat(html.select("a[href^=/issue/]").eachText())
          .filteredOn(key -> key.startsWith("NORD-") || key.startsWith("CORP-"))
          .hasSize(5)
          .allMatch(key -> key.startsWith("NORD-"));
    }

    @Test
    void saysWhichDayTheDemoTakesForToday() {
      assertThat(page("?lang=de").select("table.ag-preview-accounts .description").first().text())
          .isEqualTo("Stand: 16. November 2026 (f\u00fcr die Vorschau ist das heute)");
    }

    @Test
    void linksIssuesAndATrafficLightToEditOfEveryAccount() {
      Document html = page("");

      assertThat(html.select("a[href^=/issue/ACME-]")).isNotEmpty();
      assertThat(html.select("a[href^=/edit/]").eachAttr("href"))
          .contains("/edit/ACME-2?lang=en", "/edit/MARKUP-1?lang=en")
          .hasSize(5);
    }
  }

  @Nested
  @DisplayName("the dashboard page")
  class Dashboard {

    @Test
    void mountsTheAppsDashboardItemByItsAmdModuleWithThePreferencesOfTheAddress() {
      Document html = page("dashboard?project=ACME&quarter=2026-Q3&sections=kpis");

      Element item = html.selectFirst("[data-amd-module]");
      assertThat(item).isNotNull();
      assertThat(item.attr("data-amd-module")).isEqualTo("account-goals/board/item");
      assertThat(item.attr("data-pref-project")).isEqualTo("ACME");
      assertThat(item.attr("data-pref-quarter")).isEqualTo("2026-Q3");
      assertThat(item.attr("data-pref-sections")).isEqualTo("kpis");
    }

    @Test
    void givesNoPreferencesWithoutAProjectSoTheItemShowsItsSettings() {
      Element item = page("dashboard").selectFirst("[data-amd-module]");

      assertThat(item.attributes().asList()).noneMatch(a -> a.getKey().startsWith("data-pref-"));
    }

    @Test
    void escapesPreferencesFromTheAddress() {
      Element item =
          page("dashboard?project=" + URLEncoder.encode(IMG, StandardCharsets.UTF_8))
              .selectFirst("[data-amd-module]");

      assertThat(item.attr("data-pref-project")).isEqualTo(IMG);
      assertThat(item.select("img")).isEmpty();
    }

    @Test
    void putsTheItemIntoANarrowColumnWhenAsked() {
      assertThat(
              page("dashboard?project=ACME&column=narrow")
                  .select(".ag-preview-dashboard-item-narrow"))
          .hasSize(1);
      assertThat(page("dashboard?project=ACME").select(".ag-preview-dashboard-item-narrow"))
          .isEmpty();
    }

    @Test
    void saysHowWideTheItemStandsAndLinksTheOtherWidth() {
      Document narrow = page("dashboard?project=ACME&column=narrow&lang=de");
      Document wide = page("dashboard?project=ACME&lang=de&theme=dark");

      assertThat(narrow.select(".ag-preview-layout").text())
          .isEqualTo(
              "In einer Spalte eines dreispaltigen Dashboards, 400 px breit. "
                  + "\u00dcber die ganze Breite des Dashboards zeigen");
      assertThat(narrow.select(".ag-preview-layout a").attr("href"))
          .isEqualTo("/dashboard?project=ACME&lang=de");
      assertThat(wide.select(".ag-preview-layout a").attr("href"))
          .isEqualTo("/dashboard?project=ACME&column=narrow&lang=de&theme=dark");
      assertThat(page("dashboard").select(".ag-preview-layout")).isEmpty();
    }

    @Test
    void titlesTheItemFromTheAppsBundleInThePagesLanguage() {
      assertThat(
              page("dashboard?project=ACME&lang=de")
                  .select(".ag-preview-dashboard-item-header h2")
                  .text())
          .isEqualTo("QBR-Board");
    }

    @Test
    void loadsTheBoardsWebResourceAtJirasAddresses() {
      Document html = page("dashboard?project=ACME");

      assertThat(html.select("script[src]").eachAttr("src"))
          .contains("/download/resources/com.accountgoals.jira:qbr-board-resources/board-item.js");
      assertThat(html.select("link[rel=stylesheet]").eachAttr("href"))
          .contains("/download/resources/com.accountgoals.jira:qbr-board-resources/board.css");
    }
  }

  @Nested
  @DisplayName("the issue page")
  class Issue {

    @Test
    void showsTheTrafficLightFieldsViewOfTheIssue() {
      Document html = page("issue/ACME-2");

      assertThat(html.select("h1").text()).isEqualTo("ACME-2 They trust us completely");
      assertThat(html.select(".ag-preview-traffic-light .ag-tl-factor-text").eachText())
          .containsExactly(
              "Product approved by IT",
              "New finance director",
              "Not on the preferred-supplier list");
    }

    @Test
    void leavesOutTheTrafficLightFieldOfAGoalWithoutOneAsJirasIssueViewDoes() {
      Document html = page("issue/ACME-9");

      assertThat(html.select(".ag-preview-fields dt").eachText())
          .containsExactly("Owner", "Due date");
      assertThat(html.select(".ag-preview-traffic-light")).isEmpty();
    }

    @Test
    void isAlsoAtJirasBrowseAddressWhereTheBoardsLinksGo() {
      assertThat(page("browse/NORD-4?lang=de").select("h1").text()).startsWith("NORD-4 ");
    }

    @Test
    void mountsTheWebPanelsOfTheDescriptorOrMarksWhereTheyGo() {
      Document html = page("issue/ACME-7");

      assertThat(html.select("[data-web-panel], [data-ag-preview-panel-mount]")).isNotEmpty();
    }

    @Test
    void loadsTheWebResourcesOfTheIssueView() {
      assertThat(page("issue/ACME-7").select("script[src]").eachAttr("src"))
          .contains(
              "/download/resources/com.accountgoals.jira:traffic-light-resources/trafficlight-edit.js");
    }

    @Test
    void answersAnIssueNoAccountHoldsWith404() {
      assertThat(http.get("issue/ACME-999").statusCode()).isEqualTo(404);
      assertThat(http.get("issue/not-a-key").statusCode()).isEqualTo(404);
    }
  }

  @Nested
  @DisplayName("the edit page")
  class Edit {

    @Test
    void showsTheFieldsEditFormWithTheStoredFactorsAndAnEmptyRow() {
      Document html = page("edit/ACME-2?lang=it");

      assertThat(html.select("input[name=customfield_10100:text]").eachAttr("value"))
          .containsExactly(
              "Product approved by IT",
              "New finance director",
              "Not on the preferred-supplier list",
              "");
      assertThat(html.select("form.aui").attr("method")).isEqualTo("post");
    }

    @Test
    void showsTheColumnViewOfTheAccountsGoalsWithShapeAndWord() {
      Document html = page("edit/ACME-2");

      assertThat(html.select(".ag-preview-column tbody tr")).hasSizeGreaterThan(10);
      assertThat(html.select(".ag-preview-column .ag-tl-badge").eachText())
          .contains("Red", "Green", "Amber");
    }

    @Test
    void keepsWhatWasTypedAndSaysWhyWhenTheFieldTypeRefusesASave() {
      HttpResponse<String> response =
          http.post(
              "edit/ACME-2?lang=de",
              form(
                  "customfield_10100:overall",
                  "",
                  "customfield_10100:colour",
                  "RED",
                  "customfield_10100:text",
                  "x".repeat(300)));

      Document html = Jsoup.parse(response.body());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(html.select("input[name=customfield_10100:text]").first().attr("value"))
          .isEqualTo("x".repeat(300));
      assertThat(html.select(".ag-preview-field-error, .ag-tl-list-error, .ag-tl-row-error").text())
          .isNotBlank();
    }

    @Test
    void showsTheViewOfAnAcceptedValueAsTextNeverAsMarkup() {
      HttpResponse<String> response =
          http.post(
              "edit/ACME-2",
              form(
                  "customfield_10100:overall",
                  "AMBER",
                  "customfield_10100:colour",
                  "GREEN",
                  "customfield_10100:text",
                  IMG));

      Document html = Jsoup.parse(response.body());
      assertThat(html.select(".aui-message-success")).hasSize(1);
      assertThat(html.select(".ag-preview-traffic-light .ag-tl-factor-text").text()).isEqualTo(IMG);
      assertThat(html.select(".ag-preview-traffic-light img")).isEmpty();
    }

    @Test
    void refusesAPostAnywhereElse() {
      assertThat(http.post("dashboard", "").statusCode()).isEqualTo(405);
    }
  }

  @Nested
  @DisplayName("the REST API")
  class Rest {

    @Test
    void answersTheBoardOfADemoAccountOnItsOwnStoryDay() {
      HttpResponse<String> acme = http.get("rest/account-goals/1.0/board?project=ACME");
      HttpResponse<String> brightline = http.get("rest/account-goals/1.0/board?project=BRIGHT");

      assertThat(acme.statusCode()).isEqualTo(200);
      assertThat(acme.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(acme.body()).contains("\"project\":\"ACME\"", "\"date\":\"2026-11-16\"");
      assertThat(brightline.body()).contains("\"date\":\"2027-02-17\"");
    }

    @Test
    void namesTheQuarterByTheAccountsFiscalYear() {
      HttpResponse<String> volta = http.get("rest/account-goals/1.0/board?project=VOLTA");

      assertThat(volta.body()).contains("\"firstDay\":\"2027-01-01\"");
    }

    @Test
    void answersAGoalsDetail() {
      HttpResponse<String> response = http.get("rest/account-goals/1.0/goals/ACME-7");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"ACME-7\"");
    }

    @Test
    void answersAnUnknownProjectWithTheOne404InTheLanguageOfTheLangParameter() {
      HttpResponse<String> response = http.get("rest/account-goals/1.0/board?project=NOPE&lang=de");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .contains("\"code\":\"not-found\"", "Sie d\u00fcrfen es nicht sehen");
    }

    @Test
    void translatesABadQuarterByTheAcceptLanguageHeader() {
      HttpResponse<String> response =
          http.get(
              "rest/account-goals/1.0/board?project=ACME&quarter=xx",
              "Accept-Language",
              "it-IT,it;q=0.9");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains("\"code\":\"invalid-quarter\"", "non \u00e8 un trimestre");
    }

    @Test
    void answersACallWithoutLangInTheLanguageOfThePageItCameFrom() {
      HttpResponse<String> response =
          http.get(
              "rest/account-goals/1.0/board?project=ACME&quarter=xx",
              "Accept-Language",
              "it-IT,it;q=0.9",
              "Referer",
              RUNNING.preview().baseUri() + "dashboard?project=ACME&lang=de");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("\"code\":\"invalid-quarter\"", "kein Quartal");
    }

    @Test
    void letsTheCallsOwnLangWinOverThePagesAndAPageWithoutLangLeaveAcceptLanguage() {
      HttpResponse<String> own =
          http.get(
              "rest/account-goals/1.0/board?project=ACME&quarter=xx&lang=en",
              "Referer",
              RUNNING.preview().baseUri() + "dashboard?lang=de");
      HttpResponse<String> noLang =
          http.get(
              "rest/account-goals/1.0/board?project=ACME&quarter=xx",
              "Accept-Language",
              "it",
              "Referer",
              RUNNING.preview().baseUri() + "dashboard?project=ACME");

      assertThat(own.body()).contains("is not a quarter");
      assertThat(noLang.body()).contains("non \u00e8 un trimestre");
    }

    @Test
    void readsNoLanguageFromAMalformedReferer() {
      assertThat(Caller.langOfPage("http://x/ bad?lang=de")).isNull();
      assertThat(Caller.langOfPage(null)).isNull();
      assertThat(Caller.langOfPage("http://x/dashboard?project=A&lang=it")).isEqualTo("it");
    }
  }
}
