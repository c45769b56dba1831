package com.accountgoals.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Actual values are dated readings")
class ReadingsTest {

  private static final LocalDate SEPT_30 = LocalDate.of(2026, 9, 30);
  private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  private final Readings revenue =
      Readings.of(
          Reading.of(41_200.50, OCT_31),
          Reading.of(38_000, SEPT_30),
          Reading.of(47_843.27, NOV_30));

  @Test
  void theValueOnADayIsTheLastReadingOnOrBeforeIt() {
    assertThat(revenue.valueOn(LocalDate.of(2026, 11, 15))).isEqualTo(41_200.50);
    assertThat(revenue.valueOn(NOV_30)).isEqualTo(47_843.27);
  }

  @Test
  void aReadingDatedAfterTheDayIsNotUsed() {
    assertThat(revenue.hasValueOn(LocalDate.of(2026, 9, 29))).isFalse();
    assertThat(revenue.latestOn(OCT_31)).isEqualTo(Reading.of(41_200.50, OCT_31));
  }

  @Test
  void ofTwoReadingsOfOneDayTheOneRecordedLastCounts() {
    Readings corrected =
        Readings.of(new Reading(12, OCT_31, 2_000), new Reading(10, OCT_31, 1_000));

    assertThat(corrected.size()).isEqualTo(1);
    assertThat(corrected.valueOn(OCT_31)).isEqualTo(12);
  }

  @Test
  void theLastReadingWithinAQuarterIsItsValue() {
    assertThat(revenue.lastBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(Reading.of(47_843.27, NOV_30));
    assertThat(revenue.lastBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isNull();
  }

  @Test
  void theFirstReadingReachingATargetIsFoundAfterADay() {
    assertThat(revenue.firstReaching(40_000, Direction.INCREASE, SEPT_30, NOV_30))
        .isEqualTo(Reading.of(41_200.50, OCT_31));
    assertThat(revenue.firstReaching(50_000, Direction.INCREASE, SEPT_30, NOV_30)).isNull();
  }

  @Test
  void aReadingOnTheFirstDayOfAQuarterIsItsValueWhenNoneFollows() {
    LocalDate octFirst = LocalDate.of(2026, 10, 1);
    Readings readings = Readings.of(Reading.of(38_000, SEPT_30), Reading.of(41_200.50, octFirst));

    assertThat(readings.lastBetween(octFirst, LocalDate.of(2026, 12, 31)))
        .isEqualTo(Reading.of(41_200.50, octFirst));
  }

  @Test
  void theOnlyReadingOfTheYearIsTheValueOfItsQuarter() {
    Readings single = Readings.of(Reading.of(41_200.50, OCT_31));

    assertThat(single.lastBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(Reading.of(41_200.50, OCT_31));
  }

  @Test
  void theOnlyReadingIsTheLatestOnAnyLaterDay() {
    Readings single = Readings.of(Reading.of(38_000, SEPT_30));

    assertThat(single.latestOn(OCT_31)).isEqualTo(Reading.of(38_000, SEPT_30));
  }

  @Test
  void aReadingReachingTheTargetOnTheDayAfterWhichToSearchIsNotFound() {
    assertThat(revenue.firstReaching(38_000, Direction.INCREASE, SEPT_30, OCT_31))
        .isEqualTo(Reading.of(41_200.50, OCT_31));
  }

  @Test
  void aReadingReachingTheTargetOnTheLastDaySearchedIsFound() {
    assertThat(revenue.firstReaching(45_000, Direction.INCREASE, OCT_31, NOV_30))
        .isEqualTo(Reading.of(47_843.27, NOV_30));
  }

  @Test
  void readingsWithAnotherValueOnTheSameDayAreNotEqual() {
    assertThat(Readings.of(Reading.of(38_000, SEPT_30)))
        .isNotEqualTo(Readings.of(Reading.of(39_000, SEPT_30)));
  }

  @Property
  void theOrderReadingsArriveInDoesNotMatter(@ForAll long seed) {
    List<Reading> readings = new ArrayList<>();
    Random random = new Random(seed);
    for (int i = 0; i < 12; i++) {
      readings.add(
          new Reading(random.nextInt(100), SEPT_30.plusDays(random.nextInt(5)), random.nextInt(3)));
    }
    List<Reading> shuffled = new ArrayList<>(readings);
    Collections.shuffle(shuffled, random);

    assertThat(Readings.of(shuffled)).isEqualTo(Readings.of(readings));
  }
}
