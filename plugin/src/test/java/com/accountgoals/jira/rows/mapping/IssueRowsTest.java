package com.accountgoals.jira.rows.mapping;

import static com.accountgoals.jira.rows.fakes.ChangeGroups.change;
import static com.accountgoals.jira.rows.fakes.ChangeGroups.number;
import static com.accountgoals.jira.rows.fakes.ChangeGroups.text;
import static com.accountgoals.jira.rows.fakes.TestIssue.at;
import static com.accountgoals.jira.rows.fakes.TestIssue.issue;
import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Direction;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalCategory;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalScope;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.goal.Metric;
import com.accountgoals.core.goal.MetricKind;
import com.accountgoals.core.goal.MetricScale;
import com.accountgoals.core.goal.Reading;
import com.accountgoals.core.goal.TargetChange;
import com.accountgoals.core.goal.UnitTolerance;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.trafficlight.Colour;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.rows.fakes.Fields;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("An issue read as a goal or an action")
class IssueRowsTest {

  private static final IssueKey ACME_1 = IssueKey.of("ACME-1");
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);

  private final ReadProblems problems = new ReadProblems("ACME");
  private IssueRows rows = rowsWith(Setup.installed());

  private IssueRows rowsWith(InstalledItems items) {
    return new IssueRows(
        Fields.resolved(items),
        items,
        new StatusMapping(Set.of("6")),
        problems,
        java.time.ZoneId.systemDefault());
  }

  private Goal read(TestIssue issue, ChangeHistory... histories) {
    return rows.goal(issue, List.of(histories), List.of());
  }

  private static TestIssue goal() {
    return issue(1, "ACME-1").option(AppField.GOAL_LEVEL, "BUSINESS");
  }

  @Nested
  @DisplayName("what a goal is")
  class WhatItIs {

    @Test
    void aMilestoneIsAnIssueOfTheMilestoneType() {
      assertThat(read(issue(1, "ACME-1").milestone()).level()).isEqualTo(GoalLevel.MILESTONE);
    }

    @Test
    void aGoalHasTheLevelOfItsGoalLevelOption() {
      Goal vision = read(issue(1, "ACME-1").option(AppField.GOAL_LEVEL, "VISION"));

      assertThat(vision.level()).isEqualTo(GoalLevel.VISION);
      assertThat(problems.partlyReadIssues()).isEmpty();
    }

    @Test
    void aGoalWithoutALevelIsReadAsABusinessGoalAndReported() {
      assertThat(read(issue(1, "ACME-1")).level()).isEqualTo(GoalLevel.BUSINESS);
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aGoalIsAMilestoneOnlyByTheRecordedMilestoneType() {
      rows =
          rowsWith(
              new InstalledItems(
                  Map.of(AppIssueType.GOAL, Setup.GOAL_TYPE),
                  Setup.installed().fields(),
                  Setup.installed().options(),
                  Setup.LINK_TYPE));

      Goal goal = read(issue(1, "ACME-1").milestone().option(AppField.GOAL_LEVEL, "VISION"));

      assertThat(goal.level()).isEqualTo(GoalLevel.VISION);
    }

    @Test
    void takesKeySummaryScopeCategoryAndTheKpiMark() {
      Goal goal =
          read(
              goal()
                  .summary("Win the plant in Linz")
                  .option(AppField.SCOPE, "COMPANY")
                  .option(AppField.CATEGORY, "NEW_BUSINESS")
                  .kpi());

      assertThat(goal.key()).isEqualTo(ACME_1);
      assertThat(goal.summary()).isEqualTo("Win the plant in Linz");
      assertThat(goal.scope()).isEqualTo(GoalScope.COMPANY);
      assertThat(goal.category()).isEqualTo(GoalCategory.NEW_BUSINESS);
      assertThat(goal.kpi()).isTrue();
    }

    @Test
    void withoutScopeCategoryAndKpiMarkItIsAnUnmarkedTeamGoalOfCategoryOther() {
      Goal goal = read(goal());

      assertThat(goal.scope()).isEqualTo(GoalScope.TEAM);
      assertThat(goal.category()).isEqualTo(GoalCategory.OTHER);
      assertThat(goal.kpi()).isFalse();
      assertThat(problems.partlyReadIssues()).isEmpty();
    }

    @Test
    void isNoKpiWhenOnlyAnotherBoxIsTicked() {
      Goal goal = read(goal().value(AppField.KPI, List.of(TestIssue.optionWithId(1))));

      assertThat(goal.kpi()).isFalse();
      assertThat(problems.partlyReadIssues()).isEmpty();
    }

    @Test
    void takesTheOwnerDueDateAndSupportedGoals() {
      Goal goal =
          rows.goal(
              goal().assignee("Anna Berger").due(LocalDate.of(2026, 6, 30)),
              List.of(),
              List.of(IssueKey.of("CORP-3")));

      assertThat(goal.owner()).isEqualTo("Anna Berger");
      assertThat(goal.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
      assertThat(goal.supports()).containsExactly(IssueKey.of("CORP-3"));
    }

    @Test
    void aGoalWithoutAssigneeOrDueDateIsTheTeamsAndUndated() {
      Goal goal = read(goal());

      assertThat(goal.owner()).isNull();
      assertThat(goal.dueDate()).isNull();
    }
  }

  @Nested
  @DisplayName("status through resolutions")
  class Status {

    @Test
    void anUnresolvedGoalIsOpen() {
      assertThat(read(goal()).status()).isEqualTo(GoalStatus.OPEN);
    }

    @Test
    void aGoalResolvedAsDroppedIsDropped() {
      assertThat(read(goal().resolution("6")).status()).isEqualTo(GoalStatus.DROPPED);
    }

    @Test
    void aGoalResolvedOtherwiseIsDone() {
      assertThat(read(goal().resolution("1")).status()).isEqualTo(GoalStatus.DONE);
    }
  }

  @Nested
  @DisplayName("traffic light")
  class Light {

    @Test
    void readsTheStoredLight() {
      Goal goal = read(goal().value(AppField.TRAFFIC_LIGHT, "TL1 RED\nR Not on the list"));

      assertThat(goal.trafficLight().overall()).contains(Colour.RED);
    }

    @Test
    void anUnreadableLightIsNoneAndReported() {
      Goal goal = read(goal().value(AppField.TRAFFIC_LIGHT, "purple"));

      assertThat(goal.trafficLight()).isEqualTo(TrafficLight.none());
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void noLightIsNone() {
      assertThat(read(goal()).trafficLight()).isEqualTo(TrafficLight.none());
    }
  }

  @Nested
  @DisplayName("the metric")
  class TheMetric {

    @Test
    void takesUnitDirectionKindScaleBaselineTargetAndTolerance() {
      Metric metric =
          read(goal()
                  .value(AppField.UNIT, "products")
                  .option(AppField.DIRECTION, "KEEP_AT_LEAST")
                  .option(AppField.METRIC_KIND, "CUMULATIVE")
                  .option(AppField.METRIC_SCALE, "WHOLE_NUMBERS")
                  .value(AppField.BASELINE, 2.0)
                  .value(AppField.BASELINE_DATE, at(LocalDate.of(2026, 1, 10)))
                  .value(AppField.TARGET, 5.0)
                  .value(AppField.TOLERANCE, 1.0))
              .metric();

      assertThat(metric.unit()).isEqualTo("products");
      assertThat(metric.chosenDirection()).isEqualTo(Direction.KEEP_AT_LEAST);
      assertThat(metric.kind()).isEqualTo(MetricKind.CUMULATIVE);
      assertThat(metric.scale()).isEqualTo(MetricScale.WHOLE_NUMBERS);
      assertThat(metric.baseline()).isEqualTo(Reading.of(2.0, LocalDate.of(2026, 1, 10)));
      assertThat(metric.target()).isEqualTo(5.0);
      assertThat(metric.tolerance()).isEqualTo(UnitTolerance.of(1.0));
      assertThat(problems.partlyReadIssues()).isEmpty();
    }

    @Test
    void withNothingSetItIsTheEmptyMetric() {
      assertThat(read(goal()).metric()).isEqualTo(Metric.none());
    }

    @Test
    void aBlankUnitIsNoUnit() {
      assertThat(read(goal().value(AppField.UNIT, "  ")).metric().unit()).isNull();
    }

    @Test
    void aBaselineWithoutItsDateCountsOnTheDayTheIssueWasCreated() {
      Metric metric = read(goal().value(AppField.BASELINE, 2.0)).metric();

      assertThat(metric.baseline()).isEqualTo(Reading.of(2.0, CREATED));
    }

    @Test
    void aBaselineWithoutAnyDateIsLeftOutAndReported() {
      Metric metric = read(goal().created(null).value(AppField.BASELINE, 2.0)).metric();

      assertThat(metric.baseline()).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aBaselineCoreRefusesIsLeftOutAndReported() {
      Metric metric = read(goal().value(AppField.BASELINE, Double.NaN)).metric();

      assertThat(metric.baseline()).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aToleranceCoreRefusesIsLeftOutAndReported() {
      Metric metric = read(goal().value(AppField.TOLERANCE, -1.0)).metric();

      assertThat(metric.tolerance()).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aUnitOrTargetCoreRefusesLeavesThemOutKeepsTheRestAndIsReported() {
      Metric metric =
          read(goal()
                  .value(AppField.UNIT, "two\nlines")
                  .value(AppField.TARGET, 5.0)
                  .value(AppField.ACTUAL, 3.0)
                  .option(AppField.DIRECTION, "INCREASE"))
              .metric();

      assertThat(metric.unit()).isNull();
      assertThat(metric.target()).isNull();
      assertThat(metric.chosenDirection()).isEqualTo(Direction.INCREASE);
      assertThat(metric.readings().all()).containsExactly(Reading.of(3.0, CREATED));
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aValueOfTheWrongFormReadsAsUnsetAndIsReported() {
      Metric metric = read(goal().value(AppField.TARGET, "five")).metric();

      assertThat(metric.target()).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void anOptionSetupDidNotMakeReadsAsUnsetAndIsReported() {
      Goal goal = read(goal().value(AppField.SCOPE, TestIssue.optionWithId(1)));

      assertThat(goal.scope()).isEqualTo(GoalScope.TEAM);
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aSelectListHoldingNoOptionReadsAsUnsetAndIsReported() {
      Goal goal = read(goal().value(AppField.CATEGORY, "REVENUE"));

      assertThat(goal.category()).isEqualTo(GoalCategory.OTHER);
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void checkBoxesHoldingNoListReadAsUntickedAndAreReported() {
      Goal goal = read(goal().value(AppField.KPI, TestIssue.optionWithId(1)));

      assertThat(goal.kpi()).isFalse();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void wrongFormsOfTextAndDateReadAsUnset() {
      Metric metric =
          read(goal()
                  .value(AppField.UNIT, 7.0)
                  .value(AppField.BASELINE, 2.0)
                  .value(AppField.BASELINE_DATE, "2026-01-10"))
              .metric();

      assertThat(metric.unit()).isNull();
      assertThat(metric.baseline()).isEqualTo(Reading.of(2.0, CREATED));
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }
  }

  @Nested
  @DisplayName("target history from the change history")
  class TargetHistory {

    @Test
    void eachChangeOfTheTargetIsAChangeWithOldAndNewValueDayAuthorAndReason() {
      ChangeHistory replanned =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna Berger",
              number(AppField.TARGET, "5.0", "4.0"),
              text(AppField.TARGET_CHANGE_REASON, "Plant B closes"));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), replanned).metric();

      assertThat(metric.targetChanges())
          .containsExactly(
              new TargetChange(
                  LocalDate.of(2026, 3, 2), 5.0, 4.0, "Anna Berger", "Plant B closes"));
      assertThat(metric.originalTarget()).isEqualTo(5.0);
    }

    @Test
    void aChangeWithoutAReasonInTheSameEditHasNone() {
      ChangeHistory replanned =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              number(AppField.TARGET, "5", "4"));
      ChangeHistory laterReason =
          change(
              51,
              1,
              LocalDateTime.of(2026, 3, 3, 9, 30),
              "Anna",
              text(AppField.TARGET_CHANGE_REASON, "forgot"));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), laterReason, replanned).metric();

      assertThat(metric.targetChanges())
          .extracting(TargetChange::reason)
          .containsExactly((String) null);
    }

    @Test
    void aTargetFirstSetOrClearedIsNoChange() {
      ChangeHistory set =
          change(
              50,
              1,
              LocalDateTime.of(2026, 2, 1, 9, 0),
              "Anna",
              number(AppField.TARGET, null, "5"));
      ChangeHistory cleared =
          change(
              51, 1, LocalDateTime.of(2026, 2, 2, 9, 0), "Anna", number(AppField.TARGET, "5", ""));
      ChangeHistory setAgain =
          change(
              52, 1, LocalDateTime.of(2026, 2, 3, 9, 0), "Anna", number(AppField.TARGET, "", "6"));

      Metric metric = read(goal().value(AppField.TARGET, 6.0), set, cleared, setAgain).metric();

      assertThat(metric.targetChanges()).isEmpty();
    }

    @Test
    void changesOfOtherFieldsAndOfSystemFieldsAreNotTargetChanges() {
      ChangeHistory other =
          change(
              50,
              1,
              LocalDateTime.of(2026, 2, 1, 9, 0),
              "Anna",
              number(AppField.TOLERANCE, "1", "2"),
              new com.atlassian.jira.issue.history.ChangeItemBean(
                  "jira", Setup.field(AppField.TARGET).getName(), "5", "5", "4", "4", null));

      Metric metric = read(goal().value(AppField.TARGET, 6.0), other).metric();

      assertThat(metric.targetChanges()).isEmpty();
    }

    @Test
    void noTargetMeansNoHistoryIsRead() {
      ChangeHistory replanned =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              number(AppField.TARGET, "5", "4"));

      assertThat(read(goal(), replanned).metric().targetChanges()).isEmpty();
    }

    @Test
    void aHistoryValueThatIsNoNumberIsSkippedAndReported() {
      ChangeHistory odd =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              number(AppField.TARGET, "5", "four"));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), odd).metric();

      assertThat(metric.targetChanges()).isEmpty();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aChangeCoreRefusesIsSkippedAndReported() {
      ChangeHistory multiLineReason =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              number(AppField.TARGET, "5", "4"),
              text(AppField.TARGET_CHANGE_REASON, "two\u0000lines"));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), multiLineReason).metric();

      assertThat(metric.targetChanges()).isEmpty();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void usesTheDisplayTextWhenTheStoredValueIsEmpty() {
      ChangeHistory replanned =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              new com.atlassian.jira.issue.history.ChangeItemBean(
                  "custom", Setup.field(AppField.TARGET).getName(), null, " 5 ", "", "4", null));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), replanned).metric();

      assertThat(metric.targetChanges()).extracting(TargetChange::to).containsExactly(4.0);
      assertThat(metric.targetChanges()).extracting(TargetChange::from).containsExactly(5.0);
    }
  }

  @Nested
  @DisplayName("readings from the change history")
  class Readings {

    @Test
    void eachChangeOfTheActualIsAReadingOnItsDayAndTheValueBeforeCountsOnTheCreatedDay() {
      ChangeHistory march =
          change(
              50, 1, LocalDateTime.of(2026, 3, 2, 9, 0), "Anna", number(AppField.ACTUAL, "1", "2"));
      ChangeHistory may =
          change(
              51, 1, LocalDateTime.of(2026, 5, 4, 9, 0), "Anna", number(AppField.ACTUAL, "2", "3"));

      Metric metric = read(goal().value(AppField.ACTUAL, 3.0), may, march).metric();

      assertThat(metric.readings().all())
          .containsExactly(
              Reading.of(1.0, CREATED),
              Reading.of(2.0, LocalDate.of(2026, 3, 2)),
              Reading.of(3.0, LocalDate.of(2026, 5, 4)));
    }

    @Test
    void ofTwoChangesOnOneDayTheLaterCounts() {
      ChangeHistory morning =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 0),
              "Anna",
              number(AppField.ACTUAL, null, "2"));
      ChangeHistory evening =
          change(
              51,
              1,
              LocalDateTime.of(2026, 3, 2, 18, 0),
              "Anna",
              number(AppField.ACTUAL, "2", "1"));

      Metric metric = read(goal().value(AppField.ACTUAL, 1.0), evening, morning).metric();

      assertThat(metric.readings().all())
          .containsExactly(Reading.of(1.0, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void ofTwoChangesAtTheSameMomentTheOneMadeLaterCounts() {
      LocalDateTime moment = LocalDateTime.of(2026, 3, 2, 9, 0);
      ChangeHistory first = change(50, 1, moment, "Anna", number(AppField.ACTUAL, null, "2"));
      ChangeHistory second = change(51, 1, moment, "Anna", number(AppField.ACTUAL, "2", "1"));

      Metric metric = read(goal().value(AppField.ACTUAL, 1.0), second, first).metric();

      assertThat(metric.readings().all())
          .containsExactly(Reading.of(1.0, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aValueSetAtCreationThatNeverChangedIsReadOnTheCreatedDay() {
      Metric metric = read(goal().value(AppField.ACTUAL, 7.0)).metric();

      assertThat(metric.readings().all()).containsExactly(Reading.of(7.0, CREATED));
    }

    @Test
    void aValueClearedIsNoReading() {
      ChangeHistory cleared =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 0),
              "Anna",
              number(AppField.ACTUAL, "2", null));

      Metric metric = read(goal(), cleared).metric();

      assertThat(metric.readings().all()).containsExactly(Reading.of(2.0, CREATED));
    }

    @Test
    void aReadingCoreRefusesIsSkippedAndReported() {
      ChangeHistory huge =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 0),
              "Anna",
              number(AppField.ACTUAL, null, "1e300"));

      Metric metric = read(goal().value(AppField.ACTUAL, 1e300), huge).metric();

      assertThat(metric.readings().isEmpty()).isTrue();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void withoutAnActualFieldThereAreNoReadings() {
      InstalledItems all = Setup.installed();
      java.util.Map<AppField, String> fields = new java.util.EnumMap<>(all.fields());
      fields.remove(AppField.ACTUAL);
      rows = rowsWith(new InstalledItems(all.issueTypes(), fields, all.options(), all.linkType()));
      ChangeHistory march =
          change(
              50, 1, LocalDateTime.of(2026, 3, 2, 9, 0), "Anna", number(AppField.ACTUAL, "1", "2"));

      Metric metric = read(goal().value(AppField.ACTUAL, 3.0), march).metric();

      assertThat(metric.readings().isEmpty()).isTrue();
    }

    @Test
    void withoutATargetFieldThereIsNoTargetHistory() {
      InstalledItems all = Setup.installed();
      java.util.Map<AppField, String> fields = new java.util.EnumMap<>(all.fields());
      fields.remove(AppField.TARGET_CHANGE_REASON);
      rows = rowsWith(new InstalledItems(all.issueTypes(), fields, all.options(), all.linkType()));
      ChangeHistory replanned =
          change(
              50,
              1,
              LocalDateTime.of(2026, 3, 2, 9, 30),
              "Anna",
              number(AppField.TARGET, "5", "4"),
              text(AppField.TARGET_CHANGE_REASON, "Plant B closes"));

      Metric metric = read(goal().value(AppField.TARGET, 4.0), replanned).metric();

      assertThat(metric.targetChanges())
          .extracting(TargetChange::reason)
          .containsExactly((String) null);
    }
  }

  @Nested
  @DisplayName("issues core cannot list")
  class NotListed {

    @Test
    void aGoalWithABlankSummaryIsLeftOutAndReported() {
      assertThat(read(goal().summary(" "))).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }

    @Test
    void aGoalWithoutASummaryIsLeftOutAndReported() {
      assertThat(read(goal().summary(null))).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(ACME_1);
    }
  }

  @Nested
  @DisplayName("an action")
  class AnAction {

    @Test
    void takesKeySummaryAssigneeDueDateStatusAndTheGoalItServes() {
      TestIssue issue =
          issue(7, "ACME-7")
              .type(Setup.TASK_TYPE)
              .summary("Present product C")
              .assignee("Luca Rossi")
              .due(LocalDate.of(2026, 5, 20))
              .resolution("6");

      Action action = rows.action(issue, ACME_1);

      assertThat(action)
          .isEqualTo(
              new Action(
                  IssueKey.of("ACME-7"),
                  "Present product C",
                  "Luca Rossi",
                  LocalDate.of(2026, 5, 20),
                  GoalStatus.DROPPED,
                  ACME_1));
    }

    @Test
    void anActionCoreCannotListIsLeftOutAndReported() {
      assertThat(rows.action(issue(7, "ACME-7").summary(null), ACME_1)).isNull();
      assertThat(problems.partlyReadIssues()).containsExactly(IssueKey.of("ACME-7"));
    }
  }

  @Nested
  @DisplayName("the day of a moment")
  class DayOfAMoment {

    private final Timestamp lateOn31MarchUtc =
        Timestamp.from(java.time.Instant.parse("2026-03-31T23:30:00Z"));

    @Test
    void isItsDayInTheZoneOfToday() {
      assertThat(ValueHistory.day(lateOn31MarchUtc, java.time.ZoneId.of("Europe/Berlin")))
          .isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(ValueHistory.day(lateOn31MarchUtc, java.time.ZoneOffset.UTC))
          .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void isTheDayItBeginsAtMidnightExactly() {
      Timestamp midnight = Timestamp.from(java.time.Instant.parse("2026-03-31T22:00:00Z"));

      assertThat(ValueHistory.day(midnight, java.time.ZoneId.of("Europe/Berlin")))
          .isEqualTo(LocalDate.of(2026, 4, 1));
    }
  }
}
