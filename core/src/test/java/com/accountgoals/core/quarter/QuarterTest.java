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
  private static final FiscalCalendar FROM_APRIL_BY_END_YEAR =
      FiscalCalendar.startingIn(Month.APRIL, FiscalYearNaming.BY_END_YEAR);
  private static final FiscalCalendar FROM_JULY_BY_END_YEAR =
      FiscalCalendar.startingIn(Month.JULY, FiscalYearNaming.BY_END_YEAR);

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
  @DisplayName("in a fiscal year starting in April, named after the year it starts in")
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
  @DisplayName("in a fiscal year starting in April, named after the year it ends in")
  class FiscalYearFromAprilByEndYear {

    @Test
    void aprilToJune2026IsQ1Of2027() {
      Quarter quarter = FROM_APRIL_BY_END_YEAR.quarterOf(LocalDate.of(2026, 4, 1));

      assertThat(quarter).hasToString("2027-Q1");
      assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void januaryToMarchIsQ4OfTheYearItEndsIn() {
      Quarter q4 = FROM_APRIL_BY_END_YEAR.parse("2027-Q4");

      assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void namesTheSameMonthsOneYearLaterThanNamingByTheStartYear() {
      Quarter byEnd = FROM_APRIL_BY_END_YEAR.parse("2027-Q2");
      Quarter byStart = FROM_APRIL.parse("2026-Q2");

      assertThat(byEnd.days()).isEqualTo(byStart.days());
      assertThat(byEnd.compareTo(byStart)).isZero();
    }
  }

  @Nested
  @DisplayName("in a fiscal year starting in July, named after the year it ends in")
  class FiscalYearFromJulyByEndYear {

    @Test
    void fy2027RunsFromJuly2026ToJune2027() {
      assertThat(FROM_JULY_BY_END_YEAR.parse("2027-Q1").firstDay())
          .isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(FROM_JULY_BY_END_YEAR.parse("2027-Q4").lastDay())
          .isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void q1Of2027IsJulyToSeptember2026() {
      Quarter q1 = FROM_JULY_BY_END_YEAR.parse("2027-Q1");

      assertThat(q1.days())
          .isEqualTo(DateWindow.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aDayInAugust2026FallsInQ1Of2027() {
      assertThat(FROM_JULY_BY_END_YEAR.quarterOf(LocalDate.of(2026, 8, 14))).hasToString("2027-Q1");
    }

    @Test
    void theLastDayOfJuneClosesTheFiscalYearAndTheFirstOfJulyOpensTheNext() {
      assertThat(FROM_JULY_BY_END_YEAR.quarterOf(LocalDate.of(2027, 6, 30))).hasToString("2027-Q4");
      assertThat(FROM_JULY_BY_END_YEAR.quarterOf(LocalDate.of(2027, 7, 1))).hasToString("2028-Q1");
    }

    @Test
    void theQuarterBeforeQ1Of2027IsQ4Of2026EndingInJune2026() {
      Quarter previous = FROM_JULY_BY_END_YEAR.parse("2027-Q1").previous();

      assertThat(previous).hasToString("2026-Q4");
      assertThat(previous.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }
  }

  @Nested
  @DisplayName("in a fiscal year starting in January")
  class FiscalYearFromJanuary {

    @Test
    void namingByTheEndYearIsTheCalendarYear() {
      FiscalCalendar byEndYear =
          FiscalCalendar.startingIn(Month.JANUARY, FiscalYearNaming.BY_END_YEAR);

      assertThat(byEndYear).isEqualTo(FiscalCalendar.CALENDAR_YEAR);
      assertThat(byEndYear.quarterOf(LocalDate.of(2026, 5, 31))).hasToString("2026-Q2");
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
    @ValueSource(
        strings = {
          "", "2026Q4", "2026-Q5", "2026-Q0", "26-Q4", "2026-4", "Q4-2026", "20X6-Q4", "20/6-Q4",
          "2026-X4", "0000-Q1"
        })
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
    void refusesAQuarterThatWouldStartBeforeYearOne() {
      assertThatThrownBy(() -> FROM_JULY_BY_END_YEAR.parse("0001-Q1"))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("account-goals.quarter.error.year");
                assertThat(e.arguments()).containsExactly("1");
              });
    }

    @Test
    void acceptsAQuarterOfFiscalYearOneThatStartsInYearOne() {
      assertThat(FROM_JULY_BY_END_YEAR.parse("0001-Q3").firstDay())
          .isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void refusesTheDaysBeforeTheFirstQuarterWithTheYearKey() {
      assertThatThrownBy(() -> FROM_APRIL.quarterOf(LocalDate.of(1, 3, 31)))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.messageKey()).isEqualTo("account-goals.quarter.error.year"));
    }

    @Test
    void refusesTheFiscalYearAfter9999() {
      assertThatThrownBy(() -> FROM_JULY_BY_END_YEAR.quarterOf(LocalDate.of(9999, 7, 1)))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly("10000"));
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
