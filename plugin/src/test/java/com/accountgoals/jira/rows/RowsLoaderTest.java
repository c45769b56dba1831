package com.accountgoals.jira.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.jira.rows.cache.CachedRows;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsKey;
import com.accountgoals.jira.rows.fakes.Settings;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.read.BoardReader;
import com.accountgoals.jira.rows.read.ReadRows;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RowsLoaderTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 5, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 7, 31);
  private static final RowsKey KEY = new RowsKey(1, "ACME", "anna", "s1", FIRST, LAST, 42);
  private static final AccountRows ROWS =
      new AccountRows(List.of(), List.of(), TrafficLight.none());

  @Mock private JiraAuthenticationContext authenticationContext;
  @Mock private BoardReader reader;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private InstalledItemsStore itemsStore;
  @Mock private ProjectStamps stamps;
  @Mock private ApplicationUser anna;

  private RowsLoader loader;

  @BeforeEach
  void aLoader() {
    loader = new RowsLoader(authenticationContext, reader, settingsStore, itemsStore, stamps);
    when(authenticationContext.getLoggedInUser()).thenReturn(anna);
  }

  @Test
  void readsTheRowsAsTheLoggedInUserWithTheStampsOfTheOtherProjectsTheyHold() {
    when(anna.getKey()).thenReturn("anna");
    AdminSettings settings = Settings.capped(100);
    when(settingsStore.load()).thenReturn(settings);
    when(itemsStore.load()).thenReturn(Setup.installed());
    when(reader.read(1, "ACME", anna, DateWindow.of(FIRST, LAST), settings, Setup.installed()))
        .thenReturn(new ReadRows(ROWS, Set.of(2L), List.of()));
    when(stamps.of(2L)).thenReturn("c1");

    CachedRows cached = loader.load(KEY);

    assertThat(cached).isEqualTo(new CachedRows(ROWS, Map.of(2L, "c1")));
  }

  @Test
  void readsNothingForAnotherUserThanTheLoggedInOne() {
    when(anna.getKey()).thenReturn("bert");

    CachedRows cached = loader.load(KEY);

    assertThat(cached).isEqualTo(new CachedRows(AccountRows.empty(), Map.of()));
    verifyNoInteractions(reader, settingsStore, itemsStore);
  }
}
