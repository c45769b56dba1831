package com.accountgoals.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.rows.fakes.Jiras;
import com.accountgoals.jira.settings.TimeZones;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Renders the admin page's template with a real Velocity engine escaping as Jira does. */
class AdminPageTemplateTest {

  private static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";

  private final JiraLikeVelocity velocity = new JiraLikeVelocity();

  private String renderText(PageState state, Locale locale, boolean proposed) {
    return velocity.render(
        AdminServlet.TEMPLATE, new AdminPageModel(new BundleI18n(locale)).context(state, proposed));
  }

  private Document render(PageState state) {
    return Jsoup.parse(renderText(state, Locale.ENGLISH, false));
  }

  @Nested
  @DisplayName("an empty installation")
  class Empty {

    private final Document html = Jsoup.parse(renderText(AdminPages.empty(), Locale.ENGLISH, true));

    @Test
    void isDecoratedAsAnAdminPageOfTheAppsSection() {
      assertThat(html.select("meta[name=decorator]").attr("content")).isEqualTo("atl.admin");
      assertThat(html.select("meta[name=admin.active.section]").attr("content"))
          .isEqualTo("admin_plugins_menu/account-goals-admin-section");
      assertThat(html.title()).isEqualTo("Account Goals: settings");
    }

    @Test
    void saysSetupHasNotRunAndOffersToRunIt() {
      assertThat(html.select(".ag-setup-none").text()).isEqualTo("Setup has not run yet.");
      assertThat(html.select(".ag-setup-form button").text()).isEqualTo("Run setup again");
    }

    @Test
    void saysThereAreNoAccountProjectsAndOffersToMakeOne() {
      assertThat(html.select(".ag-projects-none").text())
          .isEqualTo("No project is an account project yet.");
      assertThat(html.select(".ag-projects")).isEmpty();
      assertThat(html.select("label[for=ag-project-key]").text()).isEqualTo("Project key");
    }

    @Test
    void proposesTheDroppedResolutionsAndTheDefaults() {
      assertThat(html.select("input[name=droppedResolutions][checked]").eachAttr("value"))
          .containsExactly("2", "3");
      assertThat(html.select(".ag-proposed")).hasSize(1);
      assertThat(html.select("#ag-search-cap").val()).isEqualTo("10000");
      assertThat(html.select("#ag-fiscal-year-start option[selected]").text()).isEqualTo("January");
      assertThat(html.select("#ag-on-track").val()).isEqualTo("5");
      assertThat(html.select("#ag-off-track").val()).isEqualTo("20");
    }

    @Test
    void labelsEveryInputAndCarriesTheTokenInEveryForm() {
      for (var input : html.select("input[type=text], select, input[type=checkbox]")) {
        assertThat(html.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
      }
      // AUI draws a checkbox with the glyph that follows it (the native box is hidden).
      assertThat(html.select("input[type=checkbox] + span.aui-form-glyph")).hasSize(3);
      assertThat(html.select("form")).hasSize(3);
      for (var form : html.select("form")) {
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=atl_token]").val()).isEqualTo("tok123");
      }
    }

    @Test
    void usesAuisClassesAndNoInlineColours() {
      assertThat(html.select("form.aui")).hasSize(3);
      assertThat(html.select("[style]")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a report with a clash")
  class WithClash {

    private final Document html = render(AdminPages.withReport(AdminPages.CLASHING_REPORT));

    @Test
    void showsTheClashAsAWarningAndEachGroupAsSentences() {
      assertThat(html.select(".ag-setup-clashes").hasClass("aui-message-warning")).isTrue();
      assertThat(html.select(".ag-setup-clashes li").text()).contains("Category");
      assertThat(html.select(".ag-setup-created li").text()).contains("Goal");
      assertThat(html.select(".ag-setup-reused li").text()).contains("Goal level");
      assertThat(html.select(".ag-setup-unavailable li").text()).contains("Traffic light");
      assertThat(html.select(".ag-setup-none, .ag-setup-complete")).isEmpty();
    }

    @Test
    void listsWhatMakingAnAccountProjectChanged() {
      assertThat(html.select(".ag-notice.aui-message-success .title").text())
          .isEqualTo("ACME is an account project. What changed in Jira:");
      assertThat(html.select(".ag-notice-details li").text())
          .isEqualTo("Field Goal level added to the screen Default Screen.");
    }

    @Test
    void listsTheProjectsWithLinksAndARemoveButtonSayingNothingInJiraChanges() {
      assertThat(html.select(".ag-project-key a").attr("href")).isEqualTo("/jira/browse/ACME");
      assertThat(html.select(".ag-project-name").eachText())
          .containsExactly("Acme Corp", "Project 20 no longer exists");
      assertThat(html.select(".ag-remove-form input[name=projectId]").eachAttr("value"))
          .containsExactly("10", "20");
      assertThat(html.select("#ag-remove-hint").text()).contains("changes nothing in Jira");
    }

    @Test
    void showsTheStoredChoiceWithoutTheProposalNote() {
      assertThat(html.select("input[name=droppedResolutions][checked]").eachAttr("value"))
          .containsExactly("3");
      assertThat(html.select(".ag-proposed")).isEmpty();
      assertThat(html.select("#ag-fiscal-year-start option[selected]").val()).isEqualTo("APRIL");
    }
  }

  @Nested
  @DisplayName("a form with errors")
  class WithErrors {

    private final AdminSettingsForm form =
        AdminSettingsForm.parse(
            Map.of(
                "droppedResolutions", new String[] {"9"},
                "searchCap", new String[] {"lots"},
                "fiscalYearStart", new String[] {"SMARCH"},
                "todayZone", new String[] {"Nowhere/Else"},
                "onTrackWithin", new String[] {"30"},
                "offTrackBeyond", new String[] {"20"}),
            Set.of("1", "2", "3"));

    @Test
    void showsEachErrorBesideItsFieldAndKeepsWhatWasTyped() {
      Document html = render(AdminPages.withForm(form, AdminPages.resolutions(), "acme"));

      assertThat(html.select(".ag-error-searchCap").text())
          .isEqualTo("Enter a whole number from 1 to 100,000, not \"lots\".");
      assertThat(html.select("#ag-search-cap").val()).isEqualTo("lots");
      assertThat(html.select(".ag-error-fiscalYearStart").text())
          .isEqualTo("Choose a month from the list.");
      assertThat(html.select(".ag-error-droppedResolutions").text()).contains("id 9");
      assertThat(html.select(".ag-error-offTrackBeyond").text()).contains("30").contains("20");
      assertThat(html.select(".ag-error-onTrackWithin")).isEmpty();
      assertThat(html.select("#ag-on-track").val()).isEqualTo("30");
      assertThat(html.select("#ag-project-key").val()).isEqualTo("acme");
      assertThat(html.select(".ag-notice.aui-message-error").text())
          .isEqualTo("Nothing was saved: correct the fields marked below.");
    }

    @Test
    void marksEachErrorWithAnIconSoItIsSeenWithoutColour() {
      Document html = render(AdminPages.withForm(form, AdminPages.resolutions(), "acme"));

      assertThat(html.select("div.error")).hasSize(6);
      for (var error : html.select("div.error")) {
        assertThat(error.select("> .aui-icon.aui-iconfont-error[aria-hidden=true]"))
            .as(error.id())
            .hasSize(1);
      }
    }

    @Test
    void marksEachWrongFieldInvalidAndLinksItToItsMessage() {
      Document html = render(AdminPages.withForm(form, AdminPages.resolutions(), "acme"));

      assertThat(html.select("#ag-search-cap").attr("aria-invalid")).isEqualTo("true");
      assertThat(html.select("#ag-search-cap").attr("aria-describedby"))
          .isEqualTo("ag-search-cap-hint ag-error-searchCap");
      assertThat(html.select("#ag-error-searchCap").text()).startsWith("Enter a whole number");
      assertThat(html.select("#ag-fiscal-year-start").attr("aria-describedby"))
          .isEqualTo("ag-error-fiscalYearStart");
      assertThat(html.select("#ag-fiscal-year-start").attr("aria-invalid")).isEqualTo("true");
      assertThat(html.select("#ag-off-track").attr("aria-describedby"))
          .isEqualTo("ag-tolerance-hint ag-error-offTrackBeyond");
      assertThat(html.select("#ag-on-track").hasAttr("aria-invalid")).isFalse();
      assertThat(html.select("#ag-on-track").attr("aria-describedby"))
          .isEqualTo("ag-tolerance-hint");
      assertThat(html.select("#ag-error-droppedResolutions")).hasSize(1);
      for (String field : List.of("fiscalYearNaming", "todayZone")) {
        assertThat(html.select("#ag-error-" + field)).as(field).hasSize(1);
      }
      assertThat(html.select("#ag-today-zone").attr("aria-describedby"))
          .isEqualTo("ag-today-zone-hint ag-error-todayZone");
      assertThat(html.select("input[name=fiscalYearNaming]").eachAttr("aria-invalid"))
          .containsExactly("true", "true");
    }

    @Test
    void leavesValidFieldsUnmarked() {
      Document html = render(AdminPages.empty());

      assertThat(html.select("[aria-invalid]")).isEmpty();
      assertThat(html.select("#ag-today-zone").attr("aria-describedby"))
          .isEqualTo("ag-today-zone-hint");
      assertThat(html.select("#ag-fiscal-year-start").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void saysSoWhenJiraHasNoResolutions() {
      Document html = render(AdminPages.withForm(form, List.of(), ""));

      assertThat(html.select("input[name=droppedResolutions]")).isEmpty();
      assertThat(html.text()).contains("Jira has no resolutions.");
    }
  }

  @Nested
  @DisplayName("languages")
  class Languages {

    @Test
    void speaksGerman() {
      Document html =
          Jsoup.parse(
              renderText(AdminPages.withReport(AdminPages.CLASHING_REPORT), Locale.GERMAN, false));

      assertThat(html.select("h2").eachText())
          .containsExactly("Einrichtung", "Account-Projekte", "Einstellungen");
      assertThat(html.select(".ag-setup-clashes .title").text())
          .isEqualTo("Namenskonflikte (unver\u00e4ndert gelassen)");
      assertThat(html.select("#ag-fiscal-year-start option[selected]").text()).isEqualTo("April");
    }

    @Test
    void speaksItalian() {
      Document html =
          Jsoup.parse(
              renderText(AdminPages.withReport(AdminPages.CLASHING_REPORT), Locale.ITALIAN, false));

      assertThat(html.select("h2").eachText())
          .containsExactly("Configurazione", "Progetti account", "Impostazioni");
      assertThat(html.select(".ag-settings-form .aui-button-primary").text())
          .isEqualTo("Salva impostazioni");
      assertThat(html.select("#ag-fiscal-year-start option[selected]").text()).isEqualTo("aprile");
    }
  }

  @Nested
  @DisplayName("user text")
  class UserText {

    @Test
    void isEscapedInProjectNamesResolutionNamesAndTypedValues() {
      Map<String, String[]> typed = new HashMap<>();
      typed.put("searchCap", new String[] {SCRIPT});
      typed.put("fiscalYearStart", new String[] {"MAY"});
      typed.put("onTrackWithin", new String[] {"\"><script>x()</script>"});
      typed.put("offTrackBeyond", new String[] {"20"});
      typed.put("todayZone", new String[] {SCRIPT});
      AdminSettingsForm form = AdminSettingsForm.parse(typed, Set.of("1"));
      PageState state = AdminPages.withForm(form, List.of(Jiras.resolution("1", SCRIPT)), SCRIPT);
      PageState withProject =
          new PageState(
              state.contextPath(),
              state.xsrfParameter(),
              state.xsrfToken(),
              state.report(),
              List.of(new PageState.ProjectRow(1, "EVIL", SCRIPT)),
              state.resolutions(),
              state.form(),
              state.projectKey(),
              Optional.of(SetupMessage.of("account-goals.admin.error.project.unknown", SCRIPT)),
              state.notices(),
              2026,
              "Europe/Berlin");

      String out = renderText(withProject, Locale.ENGLISH, false);
      Document html = Jsoup.parse(out);

      assertThat(out).doesNotContain("<script>").contains("&lt;script&gt;");
      assertThat(html.select("script")).isEmpty();
      assertThat(html.select(".ag-project-name").text()).isEqualTo(SCRIPT);
      assertThat(html.select("label[for=ag-resolution-1]").text()).isEqualTo(SCRIPT);
      assertThat(html.select("#ag-search-cap").val()).isEqualTo(SCRIPT);
      assertThat(html.select("#ag-on-track").val()).isEqualTo("\"><script>x()</script>");
      assertThat(html.select("#ag-project-key").val()).isEqualTo(SCRIPT);
      assertThat(html.select(".ag-error-searchCap").text()).contains(SCRIPT);
      assertThat(html.select(".ag-error-todayZone").text()).contains(SCRIPT);
      assertThat(html.select(".ag-error-projectKey").text()).contains(SCRIPT);
      assertThat(html.select(".ag-error-projectKey > .aui-iconfont-error")).hasSize(1);
      assertThat(html.select("#ag-today-zone option[selected]")).isEmpty();
    }
  }

  @Nested
  @DisplayName("fiscal-year naming and the zone of today")
  class NamingAndZone {

    private Document inJuly(Locale locale, String naming, String zone) {
      AdminSettingsForm form =
          AdminSettingsForm.parse(
              Map.of(
                  "searchCap", new String[] {"500"},
                  "fiscalYearStart", new String[] {"JULY"},
                  "fiscalYearNaming", new String[] {naming},
                  "todayZone", new String[] {zone},
                  "onTrackWithin", new String[] {"5"},
                  "offTrackBeyond", new String[] {"20"}),
              Set.of());
      return Jsoup.parse(
          renderText(AdminPages.withForm(form, AdminPages.resolutions(), ""), locale, false));
    }

    @Test
    void offersBothNamingsAsLabelledRadiosWithAnExampleOfTheChosenStartMonth() {
      Document html = inJuly(Locale.ENGLISH, "BY_END_YEAR", "");

      assertThat(html.select(".ag-naming legend").text()).isEqualTo("Fiscal year named after");
      assertThat(html.select("label[for=ag-naming-by-start-year]").text())
          .isEqualTo("The calendar year it starts in");
      assertThat(html.select("#ag-naming-by-start-year-example").text())
          .isEqualTo("July 2026 \u2013 June 2027 is FY2026");
      assertThat(html.select("#ag-naming-by-end-year-example").text())
          .isEqualTo("July 2026 \u2013 June 2027 is FY2027");
      assertThat(html.select("#ag-naming-by-end-year").attr("aria-describedby"))
          .isEqualTo("ag-naming-by-end-year-example");
      assertThat(html.select("input[name=fiscalYearNaming][checked]").val())
          .isEqualTo("BY_END_YEAR");
    }

    @Test
    void offersJirasDefaultFirstThenEveryZoneByRegion() {
      Document html = inJuly(Locale.ENGLISH, "BY_START_YEAR", "");

      assertThat(html.select("label[for=ag-today-zone]").text())
          .isEqualTo("Time zone of \"today\"");
      assertThat(html.select("#ag-today-zone > option").eachText())
          .containsExactly("Jira's default time zone (now Europe/Berlin)");
      assertThat(html.select("#ag-today-zone option[selected]").val()).isEmpty();
      assertThat(html.select("#ag-today-zone optgroup[label=Europe] option[value=Europe/Rome]"))
          .hasSize(1);
      assertThat(html.select("#ag-today-zone optgroup").last().attr("label"))
          .isEqualTo("Other zones");
      assertThat(html.select("#ag-today-zone optgroup").last().select("option").eachText())
          .contains("UTC");
      assertThat(html.select("#ag-today-zone option")).hasSize(TimeZones.ids().size() + 1);
      assertThat(html.select("#ag-today-zone").attr("aria-describedby"))
          .isEqualTo("ag-today-zone-hint");
    }

    @Test
    void selectsTheChosenZone() {
      Document html = inJuly(Locale.ENGLISH, "BY_START_YEAR", "Asia/Tokyo");

      assertThat(html.select("#ag-today-zone option[selected]").eachAttr("value"))
          .containsExactly("Asia/Tokyo");
    }

    @Test
    void showsANamingErrorBesideTheNamingsAndChecksNone() {
      Document html = inJuly(Locale.ENGLISH, "BY_MOON", "");

      assertThat(html.select(".ag-naming .ag-error-fiscalYearNaming").text())
          .isEqualTo("Choose how the fiscal year is named.");
      assertThat(html.select("input[name=fiscalYearNaming][checked]")).isEmpty();
    }

    @Test
    void speaksGerman() {
      Document html = inJuly(Locale.GERMAN, "BY_MOON", "Mond/Basis");

      assertThat(html.select(".ag-naming legend").text())
          .isEqualTo("Gesch\u00e4ftsjahr benannt nach");
      assertThat(html.select("label[for=ag-naming-by-end-year]").text())
          .isEqualTo("Dem Kalenderjahr, in dem es endet");
      assertThat(html.select("#ag-naming-by-end-year-example").text())
          .isEqualTo("Juli 2026 \u2013 Juni 2027 ist das Gesch\u00e4ftsjahr 2027");
      assertThat(html.select("#ag-today-zone option[value=\"\"]").text())
          .isEqualTo("Standardzeitzone von Jira (derzeit Europe/Berlin)");
      assertThat(html.select(".ag-error-todayZone").text())
          .isEqualTo(
              "W\u00e4hlen Sie eine Zeitzone aus der Liste; \u201eMond/Basis\u201c geh\u00f6rt nicht dazu.");
      assertThat(html.select(".ag-error-fiscalYearNaming").text())
          .isEqualTo("W\u00e4hlen Sie, wie das Gesch\u00e4ftsjahr benannt wird.");
    }

    @Test
    void speaksItalian() {
      Document html = inJuly(Locale.ITALIAN, "BY_START_YEAR", "Luna/Base");

      assertThat(html.select("label[for=ag-naming-by-start-year]").text())
          .isEqualTo("L'anno solare in cui inizia");
      assertThat(html.select("#ag-naming-by-start-year-example").text())
          .isEqualTo("luglio 2026 \u2013 giugno 2027 \u00e8 l'anno fiscale 2026");
      assertThat(html.select("label[for=ag-today-zone]").text())
          .isEqualTo("Fuso orario di \u00aboggi\u00bb");
      assertThat(html.select(".ag-error-todayZone").text())
          .isEqualTo("Scegli un fuso orario dall'elenco; \u00abLuna/Base\u00bb non ne fa parte.");
    }
  }
}
