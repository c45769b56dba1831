package com.accountgoals.core.quarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.CALENDAR_YEAR;
  private static final FiscalCalendar FROM_APRIL = FiscalCalendar.startingIn(Month.APRIL);

  @Nested
  @DisplayName("in a fiscal year equal to the calendar year")
  class CalendarYear {

    @Test
    void q4RunsFromOctoberToDecember() {
      Quarter q4 = CALENDAR_YEAR.parse("2026-Q4");

      assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
      assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(q4.days().lengthInDays()).isEqualTo(92);
    }

    @Test
    void aDateFallsInTheQuarterOfItsMonth() {
      Quarter quarter = CALENDAR_YEAR.quarterOf(LocalDate.of(2026, 5, 31));

      assertThat(quarter).hasToString("2026-Q2");
    }

    @Test
    void q1OfALeapYearHas91Days() {
      assertThat(CALENDAR_YEAR.parse("2028-Q1").days().lengthInDays()).isEqualTo(91);
    }
  }

  @Nested
  @DisplayName("in a fiscal year starting in April")
  class FiscalYearFromApril {

    @Test
    void aprilToJuneIsQ1() {
      Quarter q1 = FROM_APRIL.parse("2026-Q1");

      assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void januaryToMarchIsQ4OfTheYearThatStartedTheApril() {
      Quarter quarter = FROM_APRIL.quarterOf(LocalDate.of(2027, 2, 14));

      assertThat(quarter).hasToString("2026-Q4");
      assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aDayInMarchBelongsToTheFiscalYearBefore() {
      assertThat(FROM_APRIL.quarterOf(LocalDate.of(2026, 3, 31))).hasToString("2025-Q4");
      assertThat(FROM_APRIL.quarterOf(LocalDate.of(2026, 4, 1))).hasToString("2026-Q1");
    }
  }

  @Nested
  @DisplayName("stepping through quarters")
  class Stepping {

    @Test
    void theQuarterAfterQ4IsQ1OfTheNextYear() {
      assertThat(CALENDAR_YEAR.parse("2026-Q4").next()).hasToString("2027-Q1");
    }

    @Test
    void theQuarterBeforeQ1IsQ4OfThePreviousYear() {
      assertThat(FROM_APRIL.parse("2026-Q1").previous()).hasToString("2025-Q4");
    }

    @Test
    void theNextQuarterStartsTheDayAfterThisOneEnds() {
      Quarter quarter = FROM_APRIL.parse("2026-Q3");

      assertThat(quarter.next().firstDay()).isEqualTo(quarter.lastDay().plusDays(1));
    }
  }

  @Nested
  @DisplayName("reading what people type")
  class Parsing {

    @Test
    void acceptsSurroundingSpaceAndALowerCaseQ() {
      assertThat(CALENDAR_YEAR.parse(" 2026-q3 ")).hasToString("2026-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026Q4", "2026-Q5", "2026-Q0", "26-Q4", "2026-4", "Q4-2026"})
    void refusesAnythingElseWithTheTextAsArgument(String text) {
      assertThatThrownBy(() -> CALENDAR_YEAR.parse(text))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("account-goals.quarter.error.format");
                assertThat(e.arguments()).containsExactly(text);
              });
    }

    @Test
    void refusesNullAsBadFormat() {
      assertThatThrownBy(() -> CALENDAR_YEAR.parse(null))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.quarter.error.format"));
    }

    @Test
    void refusesYearZero() {
      assertThatThrownBy(() -> CALENDAR_YEAR.parse("0000-Q1"))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAFifthQuarterBuiltInCode() {
      assertThatThrownBy(() -> new Quarter(2026, 5, CALENDAR_YEAR))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.quarter.error.number"));
    }
  }

  @Nested
  @DisplayName("a date window")
  class Windows {

    @Test
    void containsBothEnds() {
      DateWindow window = DateWindow.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

      assertThat(window.contains(LocalDate.of(2026, 1, 1))).isTrue();
      assertThat(window.contains(LocalDate.of(2026, 1, 31))).isTrue();
      assertThat(window.contains(LocalDate.of(2026, 2, 1))).isFalse();
      assertThat(window.contains(null)).isFalse();
    }

    @Test
    void refusesToEndBeforeItStarts() {
      assertThatThrownBy(() -> DateWindow.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.window.error.reversed"));
    }
  }
}
