package com.accountgoals.core.quarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.accountgoals.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/** Every property holds for all twelve start months and both ways of naming a fiscal year. */
class QuarterProperties {

  @Property
  void everyQuarterReadsBackAsItselfFromItsPrintedForm(@ForAll("quarters") Quarter quarter) {
    assertThat(Quarter.parse(quarter.toString(), quarter.calendar())).isEqualTo(quarter);
  }

  @Property
  void anyTextIsEitherAQuarterPrintedTheSameWayOrRefusedWithAKey(
      @ForAll String text, @ForAll("calendars") FiscalCalendar calendar) {
    Throwable thrown = catchThrowable(() -> calendar.parse(text));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidValueException.class);
    } else {
      assertThat(calendar.parse(text).toString()).isEqualToIgnoringCase(text.strip());
    }
  }

  @Property
  void everyDateFallsInsideTheQuarterItBelongsTo(
      @ForAll("dates") LocalDate date, @ForAll("calendars") FiscalCalendar calendar) {
    Quarter quarter = calendar.quarterOf(date);

    assertThat(quarter.contains(date)).isTrue();
  }

  @Property
  void noDateFallsInTheQuarterBeforeOrAfterItsOwn(
      @ForAll("dates") LocalDate date, @ForAll("calendars") FiscalCalendar calendar) {
    Quarter quarter = calendar.quarterOf(date);

    assertThat(quarter.previous().contains(date)).isFalse();
    assertThat(quarter.next().contains(date)).isFalse();
  }

  @Property
  void aQuarterIsTheQuarterOfItsFirstAndLastDay(@ForAll("quarters") Quarter quarter) {
    FiscalCalendar calendar = quarter.calendar();

    assertThat(calendar.quarterOf(quarter.firstDay())).isEqualTo(quarter);
    assertThat(calendar.quarterOf(quarter.lastDay())).isEqualTo(quarter);
  }

  @Property
  void aQuarterStartsInItsCalendarsFirstMonthOrAMultipleOfThreeMonthsLater(
      @ForAll("quarters") Quarter quarter) {
    int monthsIntoYear =
        Math.floorMod(
            quarter.firstDay().getMonthValue() - quarter.calendar().firstMonth().getValue(), 12);

    assertThat(monthsIntoYear).isEqualTo(3 * (quarter.number() - 1));
  }

  @Property
  void aFiscalYearIsNamedAfterTheYearItStartsOrEndsInAsTheCalendarSays(
      @ForAll("quarters") Quarter quarter) {
    Quarter first = new Quarter(quarter.fiscalYear(), 1, quarter.calendar());
    Quarter last = new Quarter(quarter.fiscalYear(), 4, quarter.calendar());
    boolean byEndYear = quarter.calendar().naming() == FiscalYearNaming.BY_END_YEAR;

    int namedAfter = byEndYear ? last.lastDay().getYear() : first.firstDay().getYear();

    assertThat(namedAfter).isEqualTo(quarter.fiscalYear());
  }

  @Property
  void nextAndPreviousAreInverseAndAdjacent(@ForAll("quarters") Quarter quarter) {
    assertThat(quarter.next().previous()).isEqualTo(quarter);
    assertThat(quarter.previous().next()).isEqualTo(quarter);
    assertThat(quarter.next().firstDay()).isEqualTo(quarter.lastDay().plusDays(1));
  }

  @Property
  void quartersCompareAsTheirFirstDays(
      @ForAll("quarters") Quarter one, @ForAll("quarters") Quarter other) {
    assertThat(Integer.signum(one.compareTo(other)))
        .isEqualTo(Integer.signum(one.firstDay().compareTo(other.firstDay())));
  }

  @Property
  void aQuarterHasBetween89And92Days(@ForAll("quarters") Quarter quarter) {
    assertThat(quarter.days().lengthInDays()).isBetween(89L, 92L);
  }

  @Property
  void aJanuaryStartNamesBothWaysAlike(@ForAll("dates") LocalDate date) {
    FiscalCalendar byEnd = FiscalCalendar.startingIn(Month.JANUARY, FiscalYearNaming.BY_END_YEAR);

    assertThat(byEnd.quarterOf(date)).isEqualTo(FiscalCalendar.CALENDAR_YEAR.quarterOf(date));
  }

  @Provide
  Arbitrary<FiscalCalendar> calendars() {
    return Combinators.combine(Arbitraries.of(Month.class), Arbitraries.of(FiscalYearNaming.class))
        .as(FiscalCalendar::startingIn);
  }

  /** Quarters away from the ends of the years 1 to 9999, so that next and previous exist. */
  @Provide
  Arbitrary<Quarter> quarters() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9998),
            Arbitraries.integers().between(1, 4),
            calendars())
        .as(Quarter::new);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
  }
}
