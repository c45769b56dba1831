package com.accountgoals.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The time zones an administrator may choose")
class TimeZonesTest {

  @Test
  void areJavasZoneIdsSortedSoThatARegionStandsTogether() {
    assertThat(TimeZones.ids())
        .isSorted()
        .contains("Europe/Berlin", "Europe/Rome", "America/New_York", "UTC")
        .hasSize(ZoneId.getAvailableZoneIds().size());
  }

  @Test
  void findAZoneByItsId() {
    assertThat(TimeZones.byId("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(TimeZones.byId(" Asia/Tokyo ")).contains(ZoneId.of("Asia/Tokyo"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Europe/Atlantis", "europe/berlin", "+02:00", "GMT+2", "CEST"})
  void findNoZoneForAnythingNotOnTheList(String id) {
    assertThat(TimeZones.byId(id)).isEmpty();
  }
}
