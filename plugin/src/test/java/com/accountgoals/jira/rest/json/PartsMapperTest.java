package com.accountgoals.jira.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.fixtures.Standings;
import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.message.Argument;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.Factor;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.core.trajectory.MilestoneFinding;
import com.accountgoals.core.trajectory.MilestoneProblem;
import com.accountgoals.core.trajectory.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Core's shared values as JSON")
class PartsMapperTest {

  @Nested
  class Arguments {

    @Test
    void eachKindCarriesItsValueTypedAndNothingElse() {
      List<Argument> arguments =
          List.of(
              new Argument.Count(3),
              new Argument.Number(1.5),
              new Argument.Amount(47.5, "EUR"),
              new Argument.Difference(0.5, "%"),
              new Argument.Day(LocalDate.of(2026, 11, 16)),
              new Argument.Key(IssueKey.of("ACME-7")),
              new Argument.Keys(List.of(IssueKey.of("ACME-2"), IssueKey.of("ACME-1"))));

      Parts.Message message = PartsMapper.message("some.key", arguments);

      assertThat(message.key()).isEqualTo("some.key");
      assertThat(message.arguments())
          .containsExactly(
              new Parts.Argument("COUNT", 3L, null, null, null, null),
              new Parts.Argument("NUMBER", 1.5, null, null, null, null),
              new Parts.Argument("AMOUNT", 47.5, "EUR", null, null, null),
              new Parts.Argument("DIFFERENCE", 0.5, "%", null, null, null),
              new Parts.Argument("DAY", null, null, "2026-11-16", null, null),
              new Parts.Argument("KEY", null, null, null, "ACME-7", null),
              new Parts.Argument("KEYS", null, null, null, null, List.of("ACME-2", "ACME-1")));
    }
  }

  @Nested
  class Values {

    @Test
    void daysAreIsoDatesAndNoneIsNull() {
      assertThat(PartsMapper.day(LocalDate.of(2027, 3, 1))).isEqualTo("2027-03-01");
      assertThat(PartsMapper.day(null)).isNull();
    }

    @Test
    void keysAreTextAndNoneIsNull() {
      assertThat(PartsMapper.key(IssueKey.of("ACME-12"))).isEqualTo("ACME-12");
      assertThat(PartsMapper.key(null)).isNull();
    }

    @Test
    void constantsAreTheirNamesAndNoneIsNull() {
      assertThat(PartsMapper.constant(Colour.AMBER)).isEqualTo("AMBER");
      assertThat(PartsMapper.constant(null)).isNull();
    }

    @Test
    void aChosenLightKeepsItsFactorsInTheTeamsOrder() {
      TrafficLight light =
          TrafficLight.of(
              Colour.RED,
              List.of(Factor.of(Colour.GREEN, "IT approved"), Factor.of(Colour.RED, "No budget")));

      assertThat(PartsMapper.light(light))
          .isEqualTo(
              new Parts.Light(
                  "RED",
                  true,
                  List.of(
                      new Parts.Factor("GREEN", "IT approved"),
                      new Parts.Factor("RED", "No budget"))));
    }

    @Test
    void noLightHasNoColour() {
      assertThat(PartsMapper.light(TrafficLight.none()))
          .isEqualTo(new Parts.Light(null, false, List.of()));
    }

    @Test
    void aTargetChangeSaysFromWhatToWhatWhenWhoAndWhy() {
      TargetChange change =
          new TargetChange(LocalDate.of(2026, 5, 4), 125, 140, "anna", "Budget up");

      assertThat(PartsMapper.targetChange(change))
          .isEqualTo(new Parts.TargetChange("2026-05-04", 125, 140, "anna", "Budget up"));
    }

    @Test
    void aMilestoneFindingNamesItsProblemItsGoalAndItsMessage() {
      MilestoneFinding finding =
          new MilestoneFinding(
              MilestoneProblem.BEFORE_BASELINE,
              IssueKey.of("ACME-3"),
              IssueKey.of("ACME-4"),
              List.of(new Argument.Key(IssueKey.of("ACME-4"))));

      assertThat(PartsMapper.milestoneFinding(finding))
          .isEqualTo(
              new Parts.Finding(
                  "BEFORE_BASELINE",
                  "ACME-3",
                  new Parts.Message(
                      "account-goals.milestone.finding.before-baseline",
                      List.of(new Parts.Argument("KEY", null, null, null, "ACME-4", null)))));
    }

    @Test
    void aWholeNumberStandingCarriesWhatCoreSaysOfItsStepsAndTarget() {
      List<Reading> plan =
          List.of(
              Reading.of(2, LocalDate.of(2026, 6, 1)), Reading.of(5, LocalDate.of(2027, 12, 31)));

      Parts.Standing atThree = PartsMapper.standing(steps(3, plan));
      Parts.Standing atFive = PartsMapper.standing(steps(5, plan));

      assertThat(atThree.atPlan()).isTrue();
      assertThat(atThree.nextStep()).isEqualTo(new Parts.Point("2027-12-31", 5));
      assertThat(atThree.targetReached()).isFalse();
      assertThat(atFive.nextStep()).isNull();
      assertThat(atFive.targetReached()).isTrue();
    }

    private Standing steps(double actual, List<Reading> plan) {
      return Standings.standing(
          MetricScale.WHOLE_NUMBERS,
          Direction.INCREASE,
          LocalDate.of(2026, 11, 16),
          2.0,
          actual,
          plan);
    }

    @Test
    void noProgressAndNoStandingAreNull() {
      assertThat(PartsMapper.progress(null)).isNull();
      assertThat(PartsMapper.standing(null)).isNull();
    }
  }
}
