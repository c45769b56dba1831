package com.accountgoals.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Only behind and off track call for action")
class HealthTest {

  @Test
  void behindAndOffTrackNeedAttention() {
    assertThat(Health.BEHIND.needsAttention()).isTrue();
    assertThat(Health.OFF_TRACK.needsAttention()).isTrue();
  }

  @Test
  void onTrackWatchAndNotMeasuredDoNot() {
    assertThat(Health.ON_TRACK.needsAttention()).isFalse();
    assertThat(Health.WATCH.needsAttention()).isFalse();
    assertThat(Health.NOT_MEASURED.needsAttention()).isFalse();
  }

  @Test
  void eachHealthIsNamedByItsOwnMessageKey() {
    assertThat(Health.ON_TRACK.messageKey()).isEqualTo("account-goals.health.on-track");
    assertThat(Health.NOT_MEASURED.messageKey()).isEqualTo("account-goals.health.not-measured");
  }
}
