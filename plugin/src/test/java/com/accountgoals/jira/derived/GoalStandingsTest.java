package com.accountgoals.jira.derived;

import static com.accountgoals.jira.rows.fakes.TestIssue.at;
import static com.accountgoals.jira.rows.fakes.TestIssue.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.core.trajectory.Health;
import com.accountgoals.core.trajectory.HealthTolerance;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.rows.fakes.Fields;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.settings.TodayZone;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The progress and health of a business goal, read from Jira")
class GoalStandingsTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 2);

  @Mock private InstalledItemsStore itemsStore;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private IssueLinkManager linkManager;
  @Mock private ChangeHistoryManager historyManager;

  private final List<IssueLink> inward = new ArrayList<>();
  private AdminSettings settings = AdminSettings.DEFAULT;
  private LocalDate today = TODAY;

  @BeforeEach
  void jiraAfterSetup() {
    lenient().when(itemsStore.load()).thenReturn(Setup.installed());
    lenient().when(settingsStore.load()).thenAnswer(call -> settings);
    lenient().when(linkManager.getInwardLinks(any())).thenReturn(inward);
    lenient().when(historyManager.getChangeHistories(any())).thenReturn(List.of());
  }

  /** An increase from 0 on 1 January to 100 on 31 December, at {@code actual} since 1 January. */
  private static TestIssue businessGoal(double actual) {
    return issue(1, "ACME-1")
        .type(Setup.GOAL_TYPE)
        .summary("Grow the licences")
        .created(at(START))
        .due(DUE)
        .option(AppField.GOAL_LEVEL, "BUSINESS")
        .option(AppField.DIRECTION, "INCREASE")
        .option(AppField.METRIC_SCALE, "CONTINUOUS")
        .value(AppField.BASELINE, 0.0)
        .value(AppField.BASELINE_DATE, at(START))
        .value(AppField.TARGET, 100.0)
        .value(AppField.ACTUAL, actual);
  }

  private static TestIssue milestone(long id, double value, LocalDate due) {
    return issue(id, "ACME-" + id)
        .milestone()
        .summary("Half way")
        .created(at(START))
        .due(due)
        .value(AppField.TARGET, value);
  }

  private void linked(Issue source, long linkType) {
    IssueLink link = mock(IssueLink.class);
    lenient().when(link.getLinkTypeId()).thenReturn(linkType);
    lenient().when(link.getSourceObject()).thenReturn(source);
    inward.add(link);
  }

  private GoalStandings standings() {
    return new GoalStandings(
        itemsStore,
        settingsStore,
        new Fields(),
        linkManager,
        historyManager,
        new Today(settingsStore, new TodayZone(java.util.TimeZone::getDefault)) {
          @Override
          public java.time.ZoneId zone() {
            return java.time.ZoneId.systemDefault();
          }

          @Override
          public LocalDate dateIn(java.time.ZoneId zone) {
            return today;
          }
        });
  }

  @Nested
  @DisplayName("of a business goal")
  class OfABusinessGoal {

    @Test
    void progressIsTheShareOfTheWayFromStartToTargetCovered() {
      assertThat(standings().progress(businessGoal(40))).contains(40.0);
    }

    @Test
    void progressIsRoundedToOneDecimal() {
      assertThat(standings().progress(businessGoal(100.0 / 3))).contains(33.3);
      assertThat(standings().progress(businessGoal(100.0 * 2 / 3))).contains(66.7);
    }

    @Test
    void progressPastTheTargetIsShownAboveAHundred() {
      assertThat(standings().progress(businessGoal(120))).contains(120.0);
    }

    @Test
    void aGoalAtItsPlannedValueIsOnTrack() {
      assertThat(standings().health(businessGoal(60))).contains(Health.ON_TRACK);
    }

    @Test
    void aGoalSomewhatShortOfItsPlanIsToWatch() {
      assertThat(standings().health(businessGoal(40))).contains(Health.WATCH);
    }

    @Test
    void aGoalFarShortOfItsPlanIsOffTrack() {
      assertThat(standings().health(businessGoal(10))).contains(Health.OFF_TRACK);
    }

    @Test
    void theHealthFollowsTheAdministratorsTolerance() {
      settings =
          SettingsBuilder.settings().cap(10).tolerance(HealthTolerance.ofPercent(20, 60)).build();

      assertThat(standings().health(businessGoal(40))).contains(Health.ON_TRACK);
    }

    @Test
    void theHealthMovesWithTheDate() {
      today = LocalDate.of(2026, 3, 1);

      assertThat(standings().health(businessGoal(15))).contains(Health.ON_TRACK);
    }

    @Test
    void aGoalWithoutAReadingIsNotMeasuredAndHasNoProgress() {
      TestIssue goal = businessGoal(0).value(AppField.ACTUAL, null);

      assertThat(standings().health(goal)).contains(Health.NOT_MEASURED);
      assertThat(standings().progress(goal)).isEmpty();
    }

    @Test
    void aResolvedGoalHasProgressButNoHealth() {
      TestIssue done = businessGoal(100).resolution("1");

      assertThat(standings().health(done)).isEmpty();
      assertThat(standings().progress(done)).contains(100.0);
    }
  }

  @Nested
  @DisplayName("with milestones")
  class WithMilestones {

    @Test
    void aMissedMilestoneMakesAGoalOnItsLineBehind() {
      linked(milestone(2, 45, LocalDate.of(2026, 6, 1)), Setup.LINK_TYPE);

      assertThat(standings().health(businessGoal(44))).contains(Health.BEHIND);
    }

    @Test
    void onlyMilestonesLinkedWithTheAppsLinkTypeCount() {
      linked(milestone(2, 45, LocalDate.of(2026, 6, 1)), Setup.OTHER_LINK_TYPE);

      assertThat(standings().health(businessGoal(44))).contains(Health.WATCH);
    }

    @Test
    void onlyMilestoneIssuesCount() {
      linked(
          issue(3, "ACME-3")
              .type(Setup.TASK_TYPE)
              .summary("A task")
              .due(LocalDate.of(2026, 6, 1))
              .value(AppField.TARGET, 45.0),
          Setup.LINK_TYPE);
      linked(null, Setup.LINK_TYPE);

      assertThat(standings().health(businessGoal(44))).contains(Health.WATCH);
    }

    @Test
    void theMilestonesHistoriesAreReadToo() {
      TestIssue milestone = milestone(2, 45, LocalDate.of(2026, 6, 1));
      linked(milestone, Setup.LINK_TYPE);

      standings().health(businessGoal(44));

      verify(historyManager).getChangeHistories(milestone);
    }

    @Test
    void aMilestoneCoreCannotListIsLeftOut() {
      linked(milestone(2, 45, LocalDate.of(2026, 6, 1)).summary(" "), Setup.LINK_TYPE);

      assertThat(standings().health(businessGoal(44))).contains(Health.WATCH);
    }

    @Test
    void withoutARecordedLinkTypeOrMilestoneTypeThereAreNoMilestones() {
      InstalledItems all = Setup.installed();
      when(itemsStore.load())
          .thenReturn(new InstalledItems(Map.of(), all.fields(), all.options(), null));
      linked(milestone(2, 45, LocalDate.of(2026, 6, 1)), Setup.LINK_TYPE);

      assertThat(standings().health(businessGoal(44))).contains(Health.WATCH);
      verify(linkManager, never()).getInwardLinks(any());
    }

    @Test
    void aRecordedLinkTypeWithoutAMilestoneTypeReadsNoLinks() {
      InstalledItems all = Setup.installed();
      when(itemsStore.load())
          .thenReturn(new InstalledItems(Map.of(), all.fields(), all.options(), Setup.LINK_TYPE));

      standings().health(businessGoal(44));

      verify(linkManager, never()).getInwardLinks(any());
    }
  }

  @Nested
  @DisplayName("of anything else")
  class OfAnythingElse {

    @Test
    void aVisionGoalHasNone() {
      TestIssue vision = businessGoal(40).option(AppField.GOAL_LEVEL, "VISION");

      assertThat(standings().health(vision)).isEmpty();
      assertThat(standings().progress(vision)).isEmpty();
      verify(historyManager, never()).getChangeHistories(any());
    }

    @Test
    void anIssueWithoutAGoalLevelHasNone() {
      TestIssue task = businessGoal(40).value(AppField.GOAL_LEVEL, null);

      assertThat(standings().health(task)).isEmpty();
    }

    @Test
    void aGoalLevelThatIsNoOptionHasNone() {
      TestIssue odd = businessGoal(40).value(AppField.GOAL_LEVEL, "BUSINESS");

      assertThat(standings().health(odd)).isEmpty();
    }

    @Test
    void aMilestoneMarkedBusinessHasNone() {
      TestIssue milestone = businessGoal(40).milestone();

      assertThat(standings().health(milestone)).isEmpty();
      assertThat(standings().progress(milestone)).isEmpty();
    }

    @Test
    void aGoalCoreCannotListHasNone() {
      assertThat(standings().health(businessGoal(40).summary(""))).isEmpty();
    }

    @Test
    void beforeSetupNothingHasOne() {
      when(itemsStore.load()).thenReturn(InstalledItems.none());

      assertThat(standings().health(businessGoal(40))).isEmpty();
      assertThat(standings().progress(businessGoal(40))).isEmpty();
    }

    @Test
    void withoutTheGoalLevelFieldInJiraNothingHasOne() {
      InstalledItems all = Setup.installed();
      Map<AppField, String> fields = new java.util.EnumMap<>(all.fields());
      fields.put(AppField.GOAL_LEVEL, "customfield_1");
      when(itemsStore.load())
          .thenReturn(new InstalledItems(all.issueTypes(), fields, all.options(), all.linkType()));

      assertThat(standings().health(businessGoal(40))).isEmpty();
    }

    @Test
    void noIssueOrAnIssueWithoutKeyHasNone() {
      assertThat(standings().health(null)).isEmpty();
      assertThat(standings().progress(new TestIssue(5, null, null))).isEmpty();
      verify(itemsStore, never()).load();
    }
  }

  @Nested
  @DisplayName("when Jira fails")
  class WhenJiraFails {

    @Test
    void aFailingReadGivesNoValueInsteadOfAnException() {
      when(historyManager.getChangeHistories(any())).thenThrow(new IllegalStateException("db"));

      assertThat(standings().health(businessGoal(40))).isEmpty();
      assertThat(standings().progress(businessGoal(40))).isEmpty();
    }
  }
}
