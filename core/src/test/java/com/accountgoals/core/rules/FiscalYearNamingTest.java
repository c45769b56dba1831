package com.accountgoals.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.quarter.FiscalYearNaming;
import com.accountgoals.core.quarter.Quarter;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A fiscal year is named after the calendar year it starts or ends in, as chosen")
class FiscalYearNamingTest {

  @Test
  void namedByItsEndFy2027RunsFromJuly2026ToJune2027() {
    FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY, FiscalYearNaming.BY_END_YEAR);

    Quarter first = july.parse("2027-Q1");

    assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(july.parse("2027-Q4").lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(july.quarterOf(LocalDate.of(2026, 11, 18)).toString()).isEqualTo("2027-Q2");
  }

  @Test
  void namedByItsStartTheSameDaysAre2026() {
    FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY, FiscalYearNaming.BY_START_YEAR);

    assertThat(july.quarterOf(LocalDate.of(2026, 11, 18)).toString()).isEqualTo("2026-Q2");
  }
}
