package com.accountgoals.core.rules;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static com.accountgoals.core.fixtures.GoalBuilder.aVision;
import static com.accountgoals.core.rules.Boards.ACME;
import static com.accountgoals.core.rules.Boards.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.AccountLight;
import com.accountgoals.core.qbr.FactorLine;
import com.accountgoals.core.qbr.GoalLine;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.qbr.QbrBoards;
import com.accountgoals.core.quarter.FiscalCalendar;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.TrafficLight;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The account has an overall light; lights of closed goals no longer count")
class TheAccountHasAnOverallLightTest {

  private final Goal vision =
      aVision().factor(Colour.AMBER, "New finance director").light(Colour.GREEN).build();

  private static QbrBoard board(TrafficLight accountLight, Goal... goals) {
    return QbrBoards.build(
        ACME,
        new AccountRows(List.of(goals), List.of(), accountLight),
        FiscalCalendar.CALENDAR_YEAR.quarterOf(TODAY),
        TODAY);
  }

  @Test
  void theLightSetForTheAccountComesFirst() {
    TrafficLight own = TrafficLight.chosen(Colour.RED);

    AccountLight light = board(own, vision).accountLight();

    assertThat(light.source()).isEqualTo(AccountLight.Source.ACCOUNT);
    assertThat(light.light()).isEqualTo(own);
  }

  @Test
  void withoutOneTheVisionsLightIsTheAccounts() {
    AccountLight light = board(TrafficLight.none(), vision).accountLight();

    assertThat(light.source()).isEqualTo(AccountLight.Source.VISION);
    assertThat(light.vision()).isEqualTo(IssueKey.of("ACME-1"));
    assertThat(light.light().overall()).contains(Colour.GREEN);
  }

  @Test
  void withNeitherTheBoardInventsNone() {
    AccountLight light =
        board(TrafficLight.none(), aVision().build(), aBusinessGoal().light(Colour.RED).build())
            .accountLight();

    assertThat(light.isSet()).isFalse();
    assertThat(light.vision())
        .as("the vision the light is to be set on")
        .isEqualTo(IssueKey.of("ACME-1"));
  }

  @Test
  void withoutAnOpenVisionNoneIsNamed() {
    AccountLight light =
        board(TrafficLight.none(), aVision().done().build(), aBusinessGoal().key("ACME-3").build())
            .accountLight();

    assertThat(light.isSet()).isFalse();
    assertThat(light.vision()).isNull();
  }

  @Test
  void aClosedGoalsLightNoLongerCounts() {
    QbrBoard board =
        board(
            TrafficLight.none(),
            vision,
            aBusinessGoal().key("ACME-3").light(Colour.RED).done().build(),
            aBusinessGoal().key("ACME-4").light(Colour.RED).dropped().build(),
            aBusinessGoal().key("ACME-5").factor(Colour.AMBER, "Budget freeze").build());

    assertThat(board.lights().counts().red()).isZero();
    assertThat(board.lights().counts().amber()).isEqualTo(1);
  }

  @Test
  void goalsWithoutALightAreCountedButMilestonesWithoutOneAreNot() {
    // A milestone is a point on its business goal's plan, not a goal with a light of its own: the
    // board's "without a light" must not grow with every milestone. One that has a light counts.
    QbrBoard board =
        board(
            TrafficLight.none(),
            vision,
            aBusinessGoal().key("ACME-3").build(),
            aMilestone().key("ACME-5").supports("ACME-3").build(),
            aMilestone().key("ACME-6").supports("ACME-3").build(),
            aMilestone().key("ACME-7").supports("ACME-3").light(Colour.RED).build());

    assertThat(board.lights().counts().none()).isEqualTo(1);
    assertThat(board.lights().counts().green()).isEqualTo(1);
    assertThat(board.lights().counts().red()).isEqualTo(1);
  }

  @Test
  void whichGoalsAreRedHasAnAnswer() {
    QbrBoard board =
        board(
            TrafficLight.none(),
            vision,
            aBusinessGoal().key("ACME-3").light(Colour.RED).build(),
            aBusinessGoal().key("ACME-4").factor(Colour.GREEN, "Approved by IT").build());

    assertThat(board.lights().goals(Colour.RED).shown())
        .extracting(GoalLine::key)
        .containsExactly(IssueKey.of("ACME-3"));
    assertThat(board.lights().goals(Colour.GREEN).shown())
        .extracting(GoalLine::key)
        .containsExactly(IssueKey.of("ACME-4"), IssueKey.of("ACME-1")); // undated last
  }

  @Test
  void greenFactorsAreAvailableToo() {
    QbrBoard board =
        board(
            TrafficLight.none(),
            vision,
            aBusinessGoal().key("ACME-4").factor(Colour.GREEN, "Approved by IT").build());

    assertThat(board.lights().factors(Colour.GREEN).shown())
        .extracting(FactorLine::text)
        .containsExactly("Approved by IT");
  }
}
