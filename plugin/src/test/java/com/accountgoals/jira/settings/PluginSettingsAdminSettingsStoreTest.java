package com.accountgoals.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.testing.InMemoryPluginSettings;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Admin settings in SAL plugin settings")
class PluginSettingsAdminSettingsStoreTest {

  private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
  private final StoreLog log = new StoreLog();
  private final PluginSettingsAdminSettingsStore store =
      new PluginSettingsAdminSettingsStore(settings, log.logger);

  private static final AdminSettings CHOSEN =
      SettingsBuilder.settings()
          .projects(List.of(10200L, 10100L))
          .cap(500)
          .dropped(Set.of("6", "10000"))
          .droppedChosen(true)
          .month(Month.APRIL)
          .tolerance(new HealthTolerance(0.1, 0.3))
          .build();

  @Test
  void readsTheDefaultsBeforeAnAdministratorSavedAnyWithoutComplaining() {
    assertThat(store.load()).isEqualTo(AdminSettings.DEFAULT);
    log.quiet();
  }

  @Test
  void readsBackWhatItSavedWithTheProjectsInTheirOrder() {
    store.save(CHOSEN);

    assertThat(store.load()).isEqualTo(CHOSEN);
    assertThat(store.load().accountProjects()).containsExactly(10200L, 10100L);
  }

  @Test
  void keepsEachSettingUnderItsOwnFlatKeyAsPlainText() {
    store.save(CHOSEN);

    assertThat(settings.values())
        .containsEntry("com.accountgoals.jira.settings.accountProjects", "10200,10100")
        .containsEntry("com.accountgoals.jira.settings.searchCap", "500")
        .containsEntry("com.accountgoals.jira.settings.droppedResolutions", "10000,6")
        .containsEntry("com.accountgoals.jira.settings.droppedResolutionsChosen", "true")
        .containsEntry("com.accountgoals.jira.settings.fiscalYearStart", "APRIL")
        .containsEntry("com.accountgoals.jira.settings.tolerance.onTrackWithin", "0.1")
        .containsEntry("com.accountgoals.jira.settings.tolerance.offTrackBeyond", "0.3");
  }

  @Nested
  @DisplayName("the fiscal-year naming and the zone of today")
  class NamingAndZone {

    private final AdminSettings berlinByEndYear =
        SettingsBuilder.settings()
            .cap(500)
            .month(Month.JULY)
            .naming(FiscalYearNaming.BY_END_YEAR)
            .zone("Europe/Berlin")
            .build();

    @Test
    void areReadBackAsSaved() {
      store.save(berlinByEndYear);

      assertThat(store.load()).isEqualTo(berlinByEndYear);
      assertThat(settings.values())
          .containsEntry("com.accountgoals.jira.settings.fiscalYearNaming", "BY_END_YEAR")
          .containsEntry("com.accountgoals.jira.settings.todayZone", "Europe/Berlin");
      log.quiet();
    }

    @Test
    void jirasDefaultTimeZoneIsStoredAsNoKeySoAnEarlierChoiceIsRemoved() {
      store.save(berlinByEndYear);

      store.save(AdminSettings.DEFAULT);

      assertThat(settings.values()).doesNotContainKey("com.accountgoals.jira.settings.todayZone");
      assertThat(settings.values())
          .containsEntry("com.accountgoals.jira.settings.fiscalYearNaming", "BY_START_YEAR");
      assertThat(store.load().todayZone()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fiscalYearNaming, BY_FULL_MOON", "todayZone, Europe/Atlantis"})
    void readsAnUnknownValueAsTheDefaultAndKeepsIt(String name, String stored) {
      String key = "com.accountgoals.jira.settings." + name;
      settings.put(key, stored);

      assertThat(store.load()).isEqualTo(AdminSettings.DEFAULT);
      assertThat(settings.get(key)).isEqualTo(stored);
      log.warned(key, stored);
    }

    @Test
    void readsANamingWithSpacesAroundIt() {
      settings.put("com.accountgoals.jira.settings.fiscalYearNaming", " BY_END_YEAR ");

      assertThat(store.load().fiscalYearNaming()).isEqualTo(FiscalYearNaming.BY_END_YEAR);
    }

    @Test
    void readsAZoneWithSpacesAroundIt() {
      settings.put("com.accountgoals.jira.settings.todayZone", " America/New_York ");

      assertThat(store.load().todayZone()).contains(ZoneId.of("America/New_York"));
    }
  }

  @Test
  void readsBackTheDefaultsAfterSavingThemWithoutComplaining() {
    store.save(AdminSettings.DEFAULT);

    assertThat(store.load()).isEqualTo(AdminSettings.DEFAULT);
    log.quiet();
  }

  @Nested
  @DisplayName("with values an administrator edited by hand")
  class EditedByHand {

    @Test
    void leavesOutOnlyTheUnreadableProjectsAndRepeats() {
      settings.put("com.accountgoals.jira.settings.accountProjects", "10100, x,,-3,10100,10200");

      assertThat(store.load().accountProjects()).containsExactly(10100L, 10200L);
      String key = "com.accountgoals.jira.settings.accountProjects";
      log.warned(key, " x");
      log.warned(key, "-3");
    }

    @Test
    void leavesOutResolutionIdsThatAreNotNumbers() {
      settings.put("com.accountgoals.jira.settings.droppedResolutions", "6,Won't do, 7 ");

      assertThat(store.load().droppedResolutions()).containsExactlyInAnyOrder("6", "7");
    }

    @Test
    void readsACapOutsideItsRangeAsTheDefaultAndKeepsIt() {
      settings.put("com.accountgoals.jira.settings.searchCap", "0");

      assertThat(store.load().searchCap()).isEqualTo(AdminSettings.DEFAULT_SEARCH_CAP);
      assertThat(settings.get("com.accountgoals.jira.settings.searchCap")).isEqualTo("0");
      log.warned("com.accountgoals.jira.settings.searchCap", "0");
    }

    @Test
    void readsTheHighestAndLowestCapsAndRejectsOneMore() {
      settings.put(
          "com.accountgoals.jira.settings.searchCap", String.valueOf(AdminSettings.MAX_SEARCH_CAP));
      assertThat(store.load().searchCap()).isEqualTo(AdminSettings.MAX_SEARCH_CAP);
      settings.put("com.accountgoals.jira.settings.searchCap", "1");
      assertThat(store.load().searchCap()).isEqualTo(1);
      settings.put(
          "com.accountgoals.jira.settings.searchCap",
          String.valueOf(AdminSettings.MAX_SEARCH_CAP + 1));
      assertThat(store.load().searchCap()).isEqualTo(AdminSettings.DEFAULT_SEARCH_CAP);
      settings.put("com.accountgoals.jira.settings.searchCap", "many");
      assertThat(store.load().searchCap()).isEqualTo(AdminSettings.DEFAULT_SEARCH_CAP);
    }

    @Test
    void readsAFlagThatIsNeitherTrueNorFalseAsTheDefault() {
      settings.put("com.accountgoals.jira.settings.droppedResolutionsChosen", "yes");
      assertThat(store.load().droppedResolutionsChosen()).isFalse();
      settings.put("com.accountgoals.jira.settings.droppedResolutionsChosen", "false");
      assertThat(store.load().droppedResolutionsChosen()).isFalse();
      settings.put("com.accountgoals.jira.settings.droppedResolutionsChosen", " true ");
      assertThat(store.load().droppedResolutionsChosen()).isTrue();
    }

    @Test
    void readsAMonthInAnyCaseAndAnUnknownOneAsJanuary() {
      settings.put("com.accountgoals.jira.settings.fiscalYearStart", "october");
      assertThat(store.load().fiscalYearStart()).isEqualTo(Month.OCTOBER);
      settings.put("com.accountgoals.jira.settings.fiscalYearStart", "Oktober");
      assertThat(store.load().fiscalYearStart()).isEqualTo(Month.JANUARY);
    }

    @Test
    void readsTolerancesThatAreNoNumbersOrNoValidPairAsTheDefault() {
      settings.put("com.accountgoals.jira.settings.tolerance.onTrackWithin", "0.3");
      settings.put("com.accountgoals.jira.settings.tolerance.offTrackBeyond", "0.1");
      assertThat(store.load().tolerance()).isEqualTo(HealthTolerance.DEFAULT);
      settings.put("com.accountgoals.jira.settings.tolerance.offTrackBeyond", "lots");
      assertThat(store.load().tolerance()).isEqualTo(HealthTolerance.DEFAULT);
      settings.remove("com.accountgoals.jira.settings.tolerance.offTrackBeyond");
      assertThat(store.load().tolerance()).isEqualTo(HealthTolerance.DEFAULT);
    }

    @Test
    void readsAToleranceWithOnlyTheSecondHalfStoredAsTheDefault() {
      settings.put("com.accountgoals.jira.settings.tolerance.offTrackBeyond", "0.5");

      assertThat(store.load().tolerance()).isEqualTo(HealthTolerance.DEFAULT);
      log.warned(
          "com.accountgoals.jira.settings.tolerance.onTrackWithin /"
              + " com.accountgoals.jira.settings.tolerance.offTrackBeyond",
          " / 0.5");
    }
  }
}
