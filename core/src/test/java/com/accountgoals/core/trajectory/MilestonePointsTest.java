package com.accountgoals.core.trajectory;

import static com.accountgoals.core.fixtures.GoalBuilder.aBusinessGoal;
import static com.accountgoals.core.fixtures.GoalBuilder.aMilestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.message.Argument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Contradictory milestones are findings and do not shape the plan")
class MilestonePointsTest {

  /** 100 to 160 licences over 2026. */
  private final Goal licences =
      aBusinessGoal()
          .key("VOLTA-2")
          .unit("licences")
          .baseline(100, LocalDate.of(2026, 1, 31))
          .target(160)
          .due(LocalDate.of(2026, 12, 31))
          .build();

  private static Goal milestone(String key, double target, LocalDate due) {
    return aMilestone().key(key).supports("VOLTA-2").target(target).due(due).build();
  }

  /** 130 licences by the end of June, then 120 by the end of September. */
  private static final List<Goal> SECOND_LOWER_THAN_FIRST =
      List.of(
          milestone("VOLTA-3", 130, LocalDate.of(2026, 6, 30)),
          milestone("VOLTA-4", 120, LocalDate.of(2026, 9, 30)));

  @Test
  void milestonesInOrderAreThePointsOfThePlan() {
    MilestonePoints points =
        MilestonePoints.of(
            licences,
            List.of(
                milestone("VOLTA-4", 140, LocalDate.of(2026, 9, 30)),
                milestone("VOLTA-3", 120, LocalDate.of(2026, 6, 30))));

    assertThat(points.isConsistent()).isTrue();
    assertThat(points.points())
        .extracting(MilestonePoint::milestone)
        .containsExactly(IssueKey.of("VOLTA-3"), IssueKey.of("VOLTA-4"));
  }

  @Test
  void twoMilestonesOnOneDayAreAFindingAndTheSmallerKeyCounts() {
    MilestonePoints points =
        MilestonePoints.of(
            licences,
            List.of(
                milestone("VOLTA-9", 125, LocalDate.of(2026, 6, 30)),
                milestone("VOLTA-3", 120, LocalDate.of(2026, 6, 30))));

    assertThat(points.points()).extracting(MilestonePoint::value).containsExactly(120.0);
    assertThat(points.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.problem()).isEqualTo(MilestoneProblem.SAME_DAY);
              assertThat(f.milestone()).isEqualTo(IssueKey.of("VOLTA-9"));
              assertThat(f.arguments())
                  .contains(Argument.keys(List.of(IssueKey.of("VOLTA-3"), IssueKey.of("VOLTA-9"))));
            });
  }

  @Test
  void aMilestoneBeforeTheBaselineIsAFinding() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-5", 105, LocalDate.of(2026, 1, 15))));

    assertThat(points.findings())
        .extracting(MilestoneFinding::problem)
        .containsExactly(MilestoneProblem.BEFORE_BASELINE);
    assertThat(points.points()).isEmpty();
  }

  @Test
  void aMilestoneAfterTheDueDateIsAFinding() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-6", 150, LocalDate.of(2027, 2, 1))));

    assertThat(points.findings())
        .extracting(MilestoneFinding::problem)
        .containsExactly(MilestoneProblem.AFTER_DUE_DATE);
  }

  @Test
  void aMilestoneGoingBackAgainstTheDirectionIsAFinding() {
    MilestonePoints points = MilestonePoints.of(licences, SECOND_LOWER_THAN_FIRST);

    assertThat(points.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.problem()).isEqualTo(MilestoneProblem.AGAINST_DIRECTION);
              assertThat(f.arguments())
                  .containsExactly(
                      Argument.key(IssueKey.of("VOLTA-4")),
                      Argument.amount(120, "licences"),
                      Argument.amount(130, "licences"));
            });
  }

  @Test
  void withoutABaselineTheFirstMilestoneStartsTheLineAndOnlyALaterOneCanGoBack() {
    // Given an increase goal whose team chose the direction but set no baseline yet
    Goal noBaseline =
        aBusinessGoal()
            .key("VOLTA-2")
            .unit("licences")
            .noBaseline()
            .direction(Direction.INCREASE)
            .target(160)
            .due(LocalDate.of(2026, 12, 31))
            .build();

    // When its second milestone is lower than its first
    MilestonePoints points = MilestonePoints.of(noBaseline, SECOND_LOWER_THAN_FIRST);

    // Then the first is a point of the plan, and only the second goes against the direction
    assertThat(points.points())
        .extracting(MilestonePoint::milestone)
        .containsExactly(IssueKey.of("VOLTA-3"));
    assertThat(points.findings())
        .extracting(MilestoneFinding::problem, MilestoneFinding::milestone)
        .containsExactly(tuple(MilestoneProblem.AGAINST_DIRECTION, IssueKey.of("VOLTA-4")));
  }

  @Test
  void aMilestoneBeyondTheTargetIsAFinding() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-7", 170, LocalDate.of(2026, 9, 30))));

    assertThat(points.findings())
        .extracting(MilestoneFinding::problem)
        .containsExactly(MilestoneProblem.BEYOND_TARGET);
  }

  @Test
  void aMilestoneBelowTheBaselineOfAnIncreaseGoesAgainstItsDirection() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-3", 90, LocalDate.of(2026, 6, 30))));

    assertThat(points.findings())
        .extracting(MilestoneFinding::problem)
        .containsExactly(MilestoneProblem.AGAINST_DIRECTION);
  }

  @Test
  void aMilestoneOnTheDueDateIsNoPointOfItsOwnTheGoalsTargetIs() {
    MilestonePoints points =
        MilestonePoints.of(
            licences, List.of(milestone("VOLTA-8", 160, LocalDate.of(2026, 12, 31))));

    assertThat(points.points()).isEmpty();
    assertThat(points.findings()).isEmpty();
  }

  @Test
  void aGoalWithAContradictoryMilestoneIsNotConsistent() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-5", 105, LocalDate.of(2026, 1, 15))));

    assertThat(points.isConsistent()).isFalse();
  }

  @Test
  void aFindingCarriesTheMessageKeyOfItsProblem() {
    MilestonePoints points =
        MilestonePoints.of(licences, List.of(milestone("VOLTA-5", 105, LocalDate.of(2026, 1, 15))));

    assertThat(points.findings())
        .extracting(MilestoneFinding::messageKey)
        .containsExactly("account-goals.milestone.finding.before-baseline");
  }

  @Test
  void aDroppedMilestoneIsNoLongerPartOfThePlan() {
    Goal dropped =
        aMilestone()
            .key("VOLTA-3")
            .supports("VOLTA-2")
            .target(120)
            .due(LocalDate.of(2026, 6, 30))
            .dropped()
            .build();

    assertThat(MilestonePoints.of(licences, List.of(dropped)).points()).isEmpty();
  }

  @Property
  void theOrderMilestonesArriveInDoesNotMatter(@ForAll long seed) {
    Random random = new Random(seed);
    List<Goal> milestones = new ArrayList<>();
    for (int i = 3; i < 12; i++) {
      milestones.add(
          milestone(
              "VOLTA-" + i,
              95 + random.nextInt(80),
              LocalDate.of(2026, 1, 20).plusDays(random.nextInt(360))));
    }
    List<Goal> shuffled = new ArrayList<>(milestones);
    Collections.shuffle(shuffled, random);

    assertThat(MilestonePoints.of(licences, shuffled))
        .isEqualTo(MilestonePoints.of(licences, milestones));
  }
}
