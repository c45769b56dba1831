package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TodayTest {

  @Test
  void isTheDateOfTheJvmsDefaultTimeZone() {
    LocalDate before = LocalDate.now();
    LocalDate today = new Today().date();

    assertThat(today).isBetween(before, LocalDate.now());
  }
}
