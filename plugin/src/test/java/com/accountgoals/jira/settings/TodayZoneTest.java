package com.accountgoals.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The zone of today")
class TodayZoneTest {

  @Mock private TimeZoneManager timeZoneManager;

  @Test
  void isTheZoneTheAdministratorChoseWithoutAskingJira() {
    AdminSettings rome = SettingsBuilder.settings().zone("Europe/Rome").build();

    assertThat(new TodayZone(timeZoneManager).of(rome)).isEqualTo(ZoneId.of("Europe/Rome"));
    verifyNoInteractions(timeZoneManager);
  }

  @Test
  void isJirasDefaultTimeZoneWhenTheAdministratorChoseNone() {
    when(timeZoneManager.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("America/New_York"));

    assertThat(new TodayZone(timeZoneManager).of(AdminSettings.DEFAULT))
        .isEqualTo(ZoneId.of("America/New_York"));
  }
}
