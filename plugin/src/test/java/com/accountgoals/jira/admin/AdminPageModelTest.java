package com.accountgoals.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.setup.SetupMessage;
import com.accountgoals.jira.setup.SetupReport;
import com.accountgoals.jira.testing.BundleI18n;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdminPageModelTest {

  private final AdminPageModel english = new AdminPageModel(new BundleI18n(Locale.ENGLISH));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> context, String name) {
    return (Map<String, Object>) ((Map<String, Object>) context.get("page")).get(name);
  }

  @Nested
  @DisplayName("the context")
  class TheContext {

    @Test
    void holdsOnlyStringsBooleansMapsAndListsSoTheTemplateCallsNoMethodOfOurs() {
      assertPlain(english.context(AdminPages.withReport(AdminPages.CLASHING_REPORT), true));
      assertPlain(english.context(AdminPages.empty(), false));
    }

    private void assertPlain(Object value) {
      if (value instanceof Map<?, ?> map) {
        map.forEach(
            (key, inner) -> {
              assertThat(key).isInstanceOf(String.class);
              assertPlain(inner);
            });
      } else if (value instanceof List<?> list) {
        list.forEach(this::assertPlain);
      } else {
        assertThat(value).isInstanceOfAny(String.class, Boolean.class);
      }
    }

    @Test
    void pointsTheFormsAtTheServletBelowJirasContextPath() {
      Map<String, Object> page =
          (Map<String, Object>) english.context(AdminPages.empty(), false).get("page");

      assertThat(page)
          .containsEntry("action", "/jira/plugins/servlet/account-goals/admin")
          .containsEntry("xsrfName", "atl_token")
          .containsEntry("xsrfToken", "tok123");
    }
  }

  @Nested
  @DisplayName("setup")
  class Setup {

    @Test
    void listsClashesFirstThenWhatIsMissingThenWhatWasCreatedAndReused() {
      Map<String, Object> setup =
          section(
              english.context(AdminPages.withReport(AdminPages.CLASHING_REPORT), false), "setup");

      assertThat((List<Map<String, Object>>) setup.get("groups"))
          .extracting(group -> group.get("name"))
          .containsExactly("clashes", "unavailable", "created", "reused");
      assertThat(setup).containsEntry("ran", true).containsEntry("complete", "");
    }

    @Test
    void saysSoWhenEverythingExists() {
      SetupReport complete =
          new SetupReport(
              List.of(),
              List.of(SetupMessage.of("account-goals.setup.issuetype.reused", "Goal")),
              List.of(),
              List.of(),
              List.of());

      Map<String, Object> setup =
          section(english.context(AdminPages.withReport(complete), false), "setup");

      assertThat(setup).containsEntry("complete", "Everything the app needs exists in Jira.");
    }

    @Test
    void listsNoticesAsWarnings() {
      SetupReport busy = SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy"));

      Map<String, Object> setup =
          section(english.context(AdminPages.withReport(busy), false), "setup");

      assertThat((List<Map<String, Object>>) setup.get("groups"))
          .singleElement()
          .satisfies(
              group ->
                  assertThat(group)
                      .containsEntry("type", "warning")
                      .containsEntry("title", "Notices"));
    }

    @Test
    void beforeTheFirstRunShowsNoReport() {
      Map<String, Object> setup = section(english.context(AdminPages.empty(), false), "setup");

      assertThat(setup).containsEntry("ran", false).containsEntry("groups", List.of());
    }
  }

  @Nested
  @DisplayName("account projects")
  class Projects {

    @Test
    void linksEachProjectAndNamesADeletedOneByItsId() {
      Map<String, Object> projects =
          section(
              english.context(AdminPages.withReport(AdminPages.CLASHING_REPORT), false),
              "projects");

      assertThat((List<Map<String, Object>>) projects.get("rows"))
          .containsExactly(
              Map.of(
                  "id",
                  "10",
                  "exists",
                  true,
                  "key",
                  "ACME",
                  "name",
                  "Acme Corp",
                  "link",
                  "/jira/browse/ACME"),
              Map.of(
                  "id",
                  "20",
                  "exists",
                  false,
                  "key",
                  "",
                  "name",
                  "Project 20 no longer exists",
                  "link",
                  ""));
      assertThat(projects).containsEntry("hasRows", true);
    }
  }

  @Nested
  @DisplayName("settings")
  class Settings {

    @Test
    void namesTheMonthsInTheUsersLanguage() {
      Map<String, Object> german =
          section(
              new AdminPageModel(new BundleI18n(Locale.GERMAN)).context(AdminPages.empty(), false),
              "settings");
      Map<String, Object> italian =
          section(
              new AdminPageModel(new BundleI18n(Locale.ITALIAN)).context(AdminPages.empty(), false),
              "settings");

      assertThat((List<Map<String, Object>>) german.get("months"))
          .extracting(month -> month.get("name"))
          .startsWith("Januar", "Februar", "M\u00e4rz");
      assertThat((List<Map<String, Object>>) italian.get("months"))
          .extracting(month -> month.get("name"))
          .startsWith("gennaio", "febbraio");
    }

    @Test
    void ticksTheFormsResolutionsAndSaysWhenTheyAreOnlyAProposal() {
      Map<String, Object> settings = section(english.context(AdminPages.empty(), true), "settings");

      assertThat((List<Map<String, Object>>) settings.get("resolutions"))
          .extracting(r -> r.get("name") + "=" + r.get("checked"))
          .containsExactly("Done=false", "Won't Do=true", "Duplicate=true");
      assertThat((String) settings.get("proposed")).startsWith("Proposed from the resolutions");
      assertThat(section(english.context(AdminPages.empty(), false), "settings"))
          .containsEntry("proposed", "");
    }

    @Test
    void showsPercentagesWithTheDecimalSeparatorOfTheUsersLanguage() {
      AdminSettingsForm form =
          AdminSettingsForm.of(
              SettingsBuilder.settings().tolerance(new HealthTolerance(0.075, 0.2)).build(),
              Set.of());
      PageState state = AdminPages.withForm(form, AdminPages.resolutions(), "");

      assertThat(section(english.context(state, false), "settings"))
          .containsEntry("onTrackWithin", "7.5")
          .containsEntry("offTrackBeyond", "20");
      for (Locale locale : List.of(Locale.GERMAN, Locale.ITALIAN)) {
        assertThat(
                section(
                    new AdminPageModel(new BundleI18n(locale)).context(state, false), "settings"))
            .as(locale.toString())
            .containsEntry("onTrackWithin", "7,5")
            .containsEntry("offTrackBeyond", "20");
      }
    }

    @Test
    void showsWhatIsNotADecimalNumberAsTyped() {
      Map<String, String[]> typed = new java.util.HashMap<>();
      typed.put("onTrackWithin", new String[] {"1.2.3"});
      typed.put("offTrackBeyond", new String[] {"x.5"});
      PageState state =
          AdminPages.withForm(
              AdminSettingsForm.parse(typed, Set.of()), AdminPages.resolutions(), "");

      assertThat(
              section(
                  new AdminPageModel(new BundleI18n(Locale.GERMAN)).context(state, false),
                  "settings"))
          .containsEntry("onTrackWithin", "1.2.3")
          .containsEntry("offTrackBeyond", "x.5");
    }

    @Test
    void selectsTheFormsMonth() {
      Map<String, Object> settings =
          section(
              english.context(AdminPages.withReport(AdminPages.CLASHING_REPORT), false),
              "settings");

      assertThat((List<Map<String, Object>>) settings.get("months"))
          .filteredOn(month -> (Boolean) month.get("selected"))
          .extracting(month -> month.get("value"))
          .containsExactly("APRIL");
    }
  }
}
