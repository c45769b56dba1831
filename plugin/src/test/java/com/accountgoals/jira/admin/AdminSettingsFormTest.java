package com.accountgoals.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.setup.SetupMessage;
import java.time.Month;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdminSettingsFormTest {

  private static final Set<String> RESOLUTIONS = Set.of("1", "2", "3");
  private static final AdminSettings CURRENT =
      SettingsBuilder.settings()
          .projects(List.of(10L, 20L))
          .cap(500)
          .dropped(Set.of("3"))
          .month(Month.APRIL)
          .build();

  private final Map<String, String[]> params = new HashMap<>();

  AdminSettingsFormTest() {
    params.put("droppedResolutions", new String[] {"2", "3"});
    params.put("searchCap", new String[] {"2500"});
    params.put("fiscalYearStart", new String[] {"JULY"});
    params.put("fiscalYearNaming", new String[] {"BY_END_YEAR"});
    params.put("todayZone", new String[] {"Europe/Berlin"});
    params.put("onTrackWithin", new String[] {"10"});
    params.put("offTrackBeyond", new String[] {"25.5"});
  }

  private AdminSettingsForm parse() {
    return AdminSettingsForm.parse(params, RESOLUTIONS);
  }

  private AdminSettingsForm with(String name, String... values) {
    params.put(name, values);
    return parse();
  }

  @Nested
  @DisplayName("a valid form")
  class Valid {

    @Test
    void becomesTheSettingsItSaysKeepingTheAccountProjects() {
      AdminSettings saved = parse().toSettings(CURRENT).orElseThrow();

      assertThat(saved.accountProjects()).containsExactly(10L, 20L);
      assertThat(saved.searchCap()).isEqualTo(2500);
      assertThat(saved.droppedResolutions()).containsExactlyInAnyOrder("2", "3");
      assertThat(saved.droppedResolutionsChosen()).isTrue();
      assertThat(saved.fiscalYearStart()).isEqualTo(Month.JULY);
      assertThat(saved.fiscalYearNaming()).isEqualTo(FiscalYearNaming.BY_END_YEAR);
      assertThat(saved.tolerance()).isEqualTo(new HealthTolerance(0.10, 0.255));
      assertThat(saved.todayZone()).contains(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anEmptyZoneMeansJirasDefaultTimeZone() {
      AdminSettings saved = with("todayZone", "").toSettings(CURRENT).orElseThrow();

      assertThat(saved.todayZone()).isEmpty();
    }

    @Test
    void theNamingByTheStartYearIsAChoiceToo() {
      AdminSettings saved =
          with("fiscalYearNaming", "BY_START_YEAR").toSettings(CURRENT).orElseThrow();

      assertThat(saved.fiscalYearNaming()).isEqualTo(FiscalYearNaming.BY_START_YEAR);
    }

    @Test
    void acceptsADecimalCommaAndSpacesAroundNumbers() {
      params.put("searchCap", new String[] {" 100000 "});
      params.put("onTrackWithin", new String[] {" 7,5 "});

      AdminSettings saved = parse().toSettings(CURRENT).orElseThrow();

      assertThat(saved.searchCap()).isEqualTo(AdminSettings.MAX_SEARCH_CAP);
      assertThat(saved.tolerance().onTrackWithin()).isEqualTo(0.075);
    }

    @Test
    void acceptsTheSmallestCapEqualTolerancesAndTheirBounds() {
      params.put("searchCap", new String[] {"1"});
      params.put("onTrackWithin", new String[] {"0"});
      params.put("offTrackBeyond", new String[] {"100"});

      assertThat(parse().isValid()).isTrue();
      params.put("onTrackWithin", new String[] {"100"});
      assertThat(parse().isValid()).isTrue();
    }

    @Test
    void withNoResolutionTickedDropsNone() {
      params.remove("droppedResolutions");

      assertThat(parse().toSettings(CURRENT).orElseThrow().droppedResolutions()).isEmpty();
    }
  }

  @Nested
  @DisplayName("bad input")
  class BadInput {

    @Test
    void aCapThatIsNotAWholeNumberInRangeIsRefusedAsTyped() {
      for (String typed : List.of("ten", "0", "100001", "2.5")) {
        AdminSettingsForm form = with("searchCap", typed);

        assertThat(form.errors())
            .as(typed)
            .containsEntry("searchCap", SetupMessage.of("account-goals.admin.error.cap", typed));
        assertThat(form.searchCap()).isEqualTo(typed);
        assertThat(form.toSettings(CURRENT)).isEmpty();
      }
    }

    @Test
    void aMissingCapIsRefused() {
      params.remove("searchCap");

      assertThat(parse().errors()).containsKey("searchCap");
    }

    @Test
    void anEmptyCapAsksForANumberWithoutQuotingNothing() {
      for (String typed : List.of("", "  ")) {
        assertThat(with("searchCap", typed).errors())
            .as("\"" + typed + "\"")
            .containsEntry("searchCap", SetupMessage.of("account-goals.admin.error.cap.empty"));
      }
    }

    @Test
    void emptyTolerancesAskForNumbersWithoutQuotingNothing() {
      params.put("offTrackBeyond", new String[] {""});
      AdminSettingsForm form = with("onTrackWithin", " ");

      assertThat(form.errors()).containsOnlyKeys("onTrackWithin", "offTrackBeyond");
      assertThat(form.errors().values())
          .containsOnly(SetupMessage.of("account-goals.admin.error.number.empty"));
      assertThat(form.onTrackWithin()).isEqualTo(" ");
    }

    @Test
    void aMonthThatIsNotOneOfTheTwelveIsRefused() {
      for (String sent : List.of("july", "SMARCH", "")) {
        assertThat(with("fiscalYearStart", sent).errors())
            .as(sent)
            .containsEntry("fiscalYearStart", SetupMessage.of("account-goals.admin.error.month"));
      }
    }

    @Test
    void aNamingThatIsNotOneOfTheTwoIsRefused() {
      for (String sent : List.of("by_end_year", "BY_MOON", "")) {
        AdminSettingsForm form = with("fiscalYearNaming", sent);

        assertThat(form.errors())
            .as(sent)
            .containsExactly(
                Map.entry("fiscalYearNaming", SetupMessage.of("account-goals.admin.error.naming")));
        assertThat(form.fiscalYearNaming()).isEqualTo(sent);
        assertThat(form.toSettings(CURRENT)).isEmpty();
      }
    }

    @Test
    void aZoneThatIsNotOnTheListIsRefusedAsSent() {
      for (String sent : List.of("Europe/Atlantis", "+02:00", "CEST", " ")) {
        AdminSettingsForm form = with("todayZone", sent);

        assertThat(form.errors())
            .as(sent)
            .containsExactly(
                Map.entry("todayZone", SetupMessage.of("account-goals.admin.error.zone", sent)));
        assertThat(form.todayZone()).isEqualTo(sent);
        assertThat(form.toSettings(CURRENT)).isEmpty();
      }
    }

    @Test
    void aMissingZoneMeansJirasDefaultTimeZone() {
      params.remove("todayZone");

      assertThat(parse().toSettings(CURRENT).orElseThrow().todayZone()).isEmpty();
    }

    @Test
    void aResolutionJiraDoesNotHaveIsRefused() {
      AdminSettingsForm form = with("droppedResolutions", "1", "99");

      assertThat(form.errors())
          .containsExactly(
              Map.entry(
                  "droppedResolutions",
                  SetupMessage.of("account-goals.admin.error.resolution", "99")));
    }

    @Test
    void aToleranceThatIsNotANumberIsRefusedAsTyped() {
      AdminSettingsForm form = with("onTrackWithin", "five");

      assertThat(form.errors())
          .containsExactly(
              Map.entry(
                  "onTrackWithin", SetupMessage.of("account-goals.admin.error.number", "five")));
      assertThat(form.onTrackWithin()).isEqualTo("five");
    }

    @Test
    void infiniteAndNotANumberAreNotNumbers() {
      assertThat(with("offTrackBeyond", "Infinity").errors()).containsKey("offTrackBeyond");
      assertThat(with("offTrackBeyond", "NaN").errors()).containsKey("offTrackBeyond");
    }

    @Test
    void aToleranceOutsideZeroToAHundredPercentIsRefused() {
      assertThat(with("onTrackWithin", "-1").errors())
          .containsEntry(
              "onTrackWithin", SetupMessage.of("account-goals.admin.error.percent", "-1"));
      assertThat(with("onTrackWithin", "5").errors()).isEmpty();
      assertThat(with("offTrackBeyond", "100.5").errors())
          .containsEntry(
              "offTrackBeyond", SetupMessage.of("account-goals.admin.error.percent", "100.5"));
    }

    @Test
    void anOffTrackBoundBelowTheOnTrackOneIsRefusedWithCoresMessage() {
      params.put("onTrackWithin", new String[] {" 30 "});
      params.put("offTrackBeyond", new String[] {"20"});

      assertThat(parse().errors())
          .containsExactly(
              Map.entry(
                  "offTrackBeyond",
                  SetupMessage.of("account-goals.trajectory.error.tolerance", "30", "20")));
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
      params.put("searchCap", new String[] {"x"});
      params.put("fiscalYearStart", new String[] {"x"});
      params.put("offTrackBeyond", new String[] {"x"});

      assertThat(parse().errors().keySet())
          .containsExactlyInAnyOrder("searchCap", "fiscalYearStart", "offTrackBeyond");
    }
  }

  @Nested
  @DisplayName("showing stored settings")
  class Showing {

    @Test
    void showsTheStoredValuesAndTheGivenTicks() {
      AdminSettingsForm form = AdminSettingsForm.of(CURRENT, Set.of("1"));

      assertThat(form.searchCap()).isEqualTo("500");
      assertThat(form.fiscalYearStart()).isEqualTo("APRIL");
      assertThat(form.fiscalYearNaming()).isEqualTo("BY_START_YEAR");
      assertThat(form.todayZone()).isEmpty();
      assertThat(form.onTrackWithin()).isEqualTo("5");
      assertThat(form.offTrackBeyond()).isEqualTo("20");
      assertThat(form.droppedResolutions()).containsExactly("1");
      assertThat(form.isValid()).isTrue();
    }

    @Test
    void showsAChosenZoneByItsIdAndTheEndYearNaming() {
      AdminSettings chosen =
          SettingsBuilder.settings()
              .cap(500)
              .month(Month.JULY)
              .naming(FiscalYearNaming.BY_END_YEAR)
              .zone("America/New_York")
              .build();

      AdminSettingsForm form = AdminSettingsForm.of(chosen, Set.of());

      assertThat(form.todayZone()).isEqualTo("America/New_York");
      assertThat(form.fiscalYearNaming()).isEqualTo("BY_END_YEAR");
    }

    @Test
    void showsFractionsAsShortPercentages() {
      assertThat(AdminSettingsForm.percent(0.125)).isEqualTo("12.5");
      assertThat(AdminSettingsForm.percent(0.07)).isEqualTo("7");
      assertThat(AdminSettingsForm.percent(0.333333333)).isEqualTo("33.333333");
    }
  }
}
