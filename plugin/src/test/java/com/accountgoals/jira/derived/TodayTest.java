package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.settings.TodayZone;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Today")
class TodayTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Mock private AdminSettingsStore store;
  @Mock private TimeZoneManager timeZoneManager;

  private Today at(String instant) {
    return new Today(
        store, new TodayZone(timeZoneManager), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private void chosen(ZoneId zone) {
    when(store.load()).thenReturn(SettingsBuilder.settings().zone(Optional.of(zone)).build());
  }

  private void jiraDefault(ZoneId zone) {
    when(store.load()).thenReturn(AdminSettings.DEFAULT);
    when(timeZoneManager.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(zone));
  }

  @Nested
  @DisplayName("in the zone the administrator chose")
  class InTheChosenZone {

    @Test
    void isAlreadyTomorrowInBerlinAt2330UtcOn31March() {
      chosen(BERLIN);

      assertThat(at("2026-03-31T23:30:00Z").date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void isStillYesterdayInNewYorkAt0300Utc() {
      chosen(NEW_YORK);

      assertThat(at("2026-04-01T03:00:00Z").date()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void turnsAtMidnightInThatZone() {
      chosen(BERLIN);

      assertThat(at("2026-03-31T21:59:59.999Z").date()).isEqualTo(LocalDate.of(2026, 3, 31));
      assertThat(at("2026-03-31T22:00:00Z").date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void isTheZoneOfToday() {
      chosen(BERLIN);

      assertThat(at("2026-03-31T23:30:00Z").zone()).isEqualTo(BERLIN);
    }
  }

  @Nested
  @DisplayName("when the administrator chose none")
  class InJirasDefaultZone {

    @Test
    void isTheDateInJirasDefaultTimeZone() {
      jiraDefault(BERLIN);

      assertThat(at("2026-03-31T23:30:00Z").date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void followsJiraWhenItsDefaultTimeZoneChanges() {
      jiraDefault(ZoneOffset.UTC);
      Today today = at("2026-03-31T23:30:00Z");
      LocalDate inUtc = today.date();
      when(timeZoneManager.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(BERLIN));

      assertThat(inUtc).isEqualTo(LocalDate.of(2026, 3, 31));
      assertThat(today.date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
  }

  @Nested
  @DisplayName("the first hour of the site's day (when the daily re-index works)")
  class FirstHourOfTheDay {

    @Test
    void beginsAtMidnightInTheZoneOfToday() {
      chosen(BERLIN);

      assertThat(at("2026-03-31T21:59:59.999Z").inFirstHourOfDay()).isFalse();
      assertThat(at("2026-03-31T22:00:00Z").inFirstHourOfDay()).isTrue();
    }

    @Test
    void endsAnHourLater() {
      chosen(BERLIN);

      assertThat(at("2026-03-31T22:59:59.999Z").inFirstHourOfDay()).isTrue();
      assertThat(at("2026-03-31T23:00:00Z").inFirstHourOfDay()).isFalse();
    }

    @Test
    void isReachedFivePastTheUtcHourInAZoneHalfAnHourOff() {
      chosen(ZoneId.of("Asia/Kolkata"));

      assertThat(at("2026-03-31T18:05:00Z").inFirstHourOfDay()).isFalse(); // 23:35 in Kolkata
      assertThat(at("2026-03-31T19:05:00Z").inFirstHourOfDay()).isTrue(); // 00:35
      assertThat(at("2026-03-31T20:05:00Z").inFirstHourOfDay()).isFalse(); // 01:35
    }
  }

  @Test
  void isTheClocksDateInAGivenZone() {
    assertThat(at("2026-03-31T23:30:00Z").dateIn(BERLIN)).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void readsTheSystemClockInProduction() {
    jiraDefault(ZoneOffset.UTC);
    LocalDate before = LocalDate.now(ZoneOffset.UTC);

    LocalDate today = new Today(store, new TodayZone(timeZoneManager)).date();

    assertThat(today).isBetween(before, LocalDate.now(ZoneOffset.UTC));
  }
}
