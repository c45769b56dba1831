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

class QuarterProperties {

  @Property
  void everyQuarterReadsBackAsItselfFromItsPrintedForm(@ForAll("quarters") Quarter quarter) {
    assertThat(Quarter.parse(quarter.toString(), quarter.calendar())).isEqualTo(quarter);
  }

  @Property
  void anyTextIsEitherAQuarterPrintedTheSameWayOrRefusedWithAKey(@ForAll String text) {
    Throwable thrown = catchThrowable(() -> FiscalCalendar.CALENDAR_YEAR.parse(text));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidValueException.class);
    } else {
      assertThat(FiscalCalendar.CALENDAR_YEAR.parse(text).toString())
          .isEqualToIgnoringCase(text.strip());
    }
  }

  @Property
  void everyDateFallsInsideTheQuarterItBelongsTo(
      @ForAll("dates") LocalDate date, @ForAll Month firstMonth) {
    Quarter quarter = FiscalCalendar.startingIn(firstMonth).quarterOf(date);

    assertThat(quarter.contains(date)).isTrue();
  }

  @Property
  void nextAndPreviousAreInverseAndAdjacent(@ForAll("quarters") Quarter quarter) {
    assertThat(quarter.next().previous()).isEqualTo(quarter);
    assertThat(quarter.next().firstDay()).isEqualTo(quarter.lastDay().plusDays(1));
  }

  @Property
  void aQuarterHasBetween89And92Days(@ForAll("quarters") Quarter quarter) {
    assertThat(quarter.days().lengthInDays()).isBetween(89L, 92L);
  }

  @Provide
  Arbitrary<Quarter> quarters() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 9998),
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(Month.class).map(FiscalCalendar::startingIn))
        .as(Quarter::new);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
  }
}
