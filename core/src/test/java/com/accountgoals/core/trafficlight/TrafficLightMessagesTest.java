package com.accountgoals.core.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys are a contract with the i18n bundles and the REST clients: they never change shape. */
class TrafficLightMessagesTest {

  @Test
  void aRowVariantIsTheKeyOfItsProblemWithInRowAppended() {
    assertThat(TrafficLightMessages.UNKNOWN_COLOUR_IN_ROW.key())
        .isEqualTo(TrafficLightMessages.UNKNOWN_COLOUR.key() + ".in-row")
        .isEqualTo("account-goals.trafficlight.error.unknown-colour.in-row");
  }
}
