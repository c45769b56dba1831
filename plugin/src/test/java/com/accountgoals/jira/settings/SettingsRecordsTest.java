package com.accountgoals.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The settings records")
class SettingsRecordsTest {

  @Nested
  @DisplayName("installed items")
  class Installed {

    private final InstalledItems items =
        new InstalledItems(
            Map.of(AppIssueType.GOAL, "10001"),
            Map.of(AppField.SCOPE, "customfield_1"),
            Map.of(AppField.SCOPE, Map.of("TEAM", 7L, "COMPANY", 8L)),
            9L);

    @Test
    void answerWhatWasRecorded() {
      assertThat(items.issueTypeId(AppIssueType.GOAL)).contains("10001");
      assertThat(items.issueTypeId(AppIssueType.MILESTONE)).isEmpty();
      assertThat(items.fieldId(AppField.SCOPE)).contains("customfield_1");
      assertThat(items.fieldId(AppField.UNIT)).isEmpty();
      assertThat(items.optionId(AppField.SCOPE, "TEAM")).contains(7L);
      assertThat(items.optionId(AppField.KPI, "KPI")).isEmpty();
      assertThat(items.linkTypeId()).contains(9L);
    }

    @Test
    void mapAJiraOptionIdBackToItsConstant() {
      assertThat(items.optionFor(AppField.SCOPE, 8L)).contains("COMPANY");
      assertThat(items.optionFor(AppField.SCOPE, 99L)).isEmpty();
      assertThat(items.optionFor(AppField.KPI, 8L)).isEmpty();
    }

    @Test
    void areNotChangedByChangesToTheMapsTheyWereMadeFrom() {
      Map<AppField, String> fields = new HashMap<>(Map.of(AppField.UNIT, "customfield_2"));
      Map<String, Long> ids = new HashMap<>(Map.of("TEAM", 1L));
      InstalledItems copied =
          new InstalledItems(Map.of(), fields, Map.of(AppField.SCOPE, ids), null);

      fields.clear();
      ids.clear();

      assertThat(copied.fieldId(AppField.UNIT)).contains("customfield_2");
      assertThat(copied.optionId(AppField.SCOPE, "TEAM")).contains(1L);
    }

    @Test
    void startEmpty() {
      assertThat(InstalledItems.none().issueTypes()).isEmpty();
      assertThat(InstalledItems.none().linkTypeId()).isEmpty();
    }
  }

  @Nested
  @DisplayName("admin settings")
  class Admin {

    @Test
    void acceptTheLowestAndHighestCap() {
      assertThat(settingsWithCap(1).searchCap()).isEqualTo(1);
      assertThat(settingsWithCap(AdminSettings.MAX_SEARCH_CAP).searchCap())
          .isEqualTo(AdminSettings.MAX_SEARCH_CAP);
    }

    @Test
    void refuseACapOutsideItsRange() {
      assertThatThrownBy(() -> settingsWithCap(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> settingsWithCap(AdminSettings.MAX_SEARCH_CAP + 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was 100001");
    }

    @Test
    void knowTheirAccountProjectsAndCopyTheList() {
      List<Long> projects = new ArrayList<>(List.of(5L));
      AdminSettings settings =
          SettingsBuilder.settings().projects(projects).cap(10).month(Month.JULY).build();
      projects.add(6L);

      assertThat(settings.isAccountProject(5L)).isTrue();
      assertThat(settings.isAccountProject(6L)).isFalse();
    }

    @Test
    void needANamingAndAZoneChoice() {
      assertThatThrownBy(
              () -> SettingsBuilder.settings().cap(10).month(Month.MAY).naming(null).build())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("fiscalYearNaming");
      assertThatThrownBy(
              () ->
                  SettingsBuilder.settings()
                      .cap(10)
                      .month(Month.MAY)
                      .zone((java.util.Optional<java.time.ZoneId>) null)
                      .build())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("todayZone");
    }

    @Test
    void giveCoresFiscalCalendarOfTheirStartMonthAndNaming() {
      AdminSettings july =
          SettingsBuilder.settings()
              .cap(10)
              .month(Month.JULY)
              .naming(com.accountgoals.core.quarter.FiscalYearNaming.BY_END_YEAR)
              .build();

      assertThat(july.fiscalCalendar())
          .isEqualTo(
              com.accountgoals.core.quarter.FiscalCalendar.startingIn(
                  Month.JULY, com.accountgoals.core.quarter.FiscalYearNaming.BY_END_YEAR));
      assertThat(july.fiscalCalendar().quarterOf(java.time.LocalDate.of(2026, 7, 1)).toString())
          .isEqualTo("2027-Q1");
      assertThat(AdminSettings.DEFAULT.fiscalCalendar())
          .isEqualTo(com.accountgoals.core.quarter.FiscalCalendar.CALENDAR_YEAR);
    }

    @Test
    void keepEverythingButTheProjectsWhenTheProjectsChange() {
      SettingsBuilder rome =
          SettingsBuilder.settings()
              .projects(List.of(1L))
              .cap(77)
              .dropped(Set.of("6"))
              .droppedChosen(true)
              .month(Month.APRIL)
              .naming(com.accountgoals.core.quarter.FiscalYearNaming.BY_END_YEAR)
              .tolerance(new HealthTolerance(0.1, 0.3))
              .zone("Europe/Rome");
      AdminSettings chosen = rome.build();

      assertThat(chosen.withAccountProjects(List.of(2L, 3L)))
          .isEqualTo(rome.projects(List.of(2L, 3L)).build());
    }

    @Test
    void startWithTheNamingByStartYearAndJirasDefaultTimeZone() {
      assertThat(AdminSettings.DEFAULT.fiscalYearNaming())
          .isEqualTo(com.accountgoals.core.quarter.FiscalYearNaming.BY_START_YEAR);
      assertThat(AdminSettings.DEFAULT.todayZone()).isEmpty();
    }

    @Test
    void needAMonthAndATolerance() {
      assertThatThrownBy(() -> SettingsBuilder.settings().cap(10).month(null).build())
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(
              () -> SettingsBuilder.settings().cap(10).month(Month.MAY).tolerance(null).build())
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void startWithNoProjectsTheDefaultCapAndCalendarQuarters() {
      assertThat(AdminSettings.DEFAULT.accountProjects()).isEmpty();
      assertThat(AdminSettings.DEFAULT.searchCap()).isEqualTo(10_000);
      assertThat(AdminSettings.DEFAULT.fiscalYearStart()).isEqualTo(Month.JANUARY);
    }

    private AdminSettings settingsWithCap(int cap) {
      return SettingsBuilder.settings().cap(cap).build();
    }
  }
}
