package com.accountgoals.jira.rows.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.GoalLevel;
import com.accountgoals.core.goal.GoalStatus;
import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Completeness;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.rows.fakes.Calls.Kind;
import com.accountgoals.jira.rows.fakes.FakeJira;
import com.accountgoals.jira.rows.fakes.Settings;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.project.Project;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a board's rows from Jira")
class BoardReaderTest {

  private static final DateWindow MAY_TO_JULY =
      DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));

  private final FakeJira jira = new FakeJira();
  private final BoardReader reader = new BoardReader(jira, jira, jira, jira, jira, Setup.jvmZone());

  private Project acme;
  private Project corp;
  private Project secret;

  @BeforeEach
  void anAccountWithACompanyGoalAndASecretOne() {
    acme = jira.project(1, "ACME", true);
    corp = jira.project(2, "CORP", true);
    secret = jira.project(3, "SECRET", false);
    jira.add(new TestIssue(101, "ACME-1", acme).option(AppField.GOAL_LEVEL, "VISION"));
    jira.add(new TestIssue(102, "ACME-2", acme).option(AppField.GOAL_LEVEL, "BUSINESS"));
    jira.add(new TestIssue(103, "ACME-3", acme).milestone());
    jira.add(new TestIssue(201, "CORP-1", corp).option(AppField.GOAL_LEVEL, "BUSINESS"));
    jira.add(new TestIssue(301, "SECRET-1", secret).option(AppField.GOAL_LEVEL, "VISION"));
    jira.link(Setup.LINK_TYPE, 102, 101);
    jira.link(Setup.LINK_TYPE, 102, 201);
    jira.link(Setup.LINK_TYPE, 103, 102);
    jira.link(Setup.LINK_TYPE, 201, 301);
    jira.link(Setup.OTHER_LINK_TYPE, 101, 301);
  }

  private ReadRows read(AdminSettings settings, InstalledItems items) {
    return reader.read(1, "ACME", null, MAY_TO_JULY, settings, items);
  }

  private ReadRows read() {
    return read(Settings.capped(AdminSettings.DEFAULT_SEARCH_CAP), Setup.installed());
  }

  private static Goal goal(ReadRows rows, String key) {
    return rows.rows().goals().stream()
        .filter(goal -> goal.key().equals(IssueKey.of(key)))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  @DisplayName("goals")
  class Goals {

    @Test
    void readsTheProjectsGoalsAndTheVisibleGoalsOutsideThatTheySupport() {
      ReadRows rows = read();

      assertThat(rows.rows().goals())
          .extracting(Goal::key)
          .containsExactly(
              IssueKey.of("ACME-1"),
              IssueKey.of("ACME-2"),
              IssueKey.of("ACME-3"),
              IssueKey.of("CORP-1"));
      assertThat(goal(rows, "ACME-3").level()).isEqualTo(GoalLevel.MILESTONE);
      assertThat(rows.outsideProjects()).containsExactly(2L);
    }

    @Test
    void aGoalSupportsTheVisibleGoalsItIsLinkedToByTheAlignmentType() {
      ReadRows rows = read();

      assertThat(goal(rows, "ACME-2").supports())
          .containsExactly(IssueKey.of("ACME-1"), IssueKey.of("CORP-1"));
      assertThat(goal(rows, "ACME-3").supports()).containsExactly(IssueKey.of("ACME-2"));
      assertThat(goal(rows, "CORP-1").supports()).isEmpty();
      assertThat(goal(rows, "ACME-1").supports()).isEmpty();
    }

    @Test
    void followsTheAlignmentUpwardAcrossProjects() {
      Project group = jira.project(4, "GROUP", true);
      jira.add(new TestIssue(401, "GROUP-1", group).option(AppField.GOAL_LEVEL, "VISION"));
      jira.link(Setup.LINK_TYPE, 201, 401);

      ReadRows rows = read();

      assertThat(goal(rows, "CORP-1").supports()).containsExactly(IssueKey.of("GROUP-1"));
      assertThat(rows.outsideProjects()).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void asksForAGoalTheUserMayNotSeeOnlyOnce() {
      Project group = jira.project(4, "GROUP", true);
      jira.add(new TestIssue(401, "GROUP-1", group).option(AppField.GOAL_LEVEL, "VISION"));
      jira.link(Setup.LINK_TYPE, 201, 401);
      jira.link(Setup.LINK_TYPE, 401, 301);

      read();

      // the project's goals; CORP-1; SECRET-1 and GROUP-1; not SECRET-1 again for GROUP-1
      assertThat(jira.calls().of(Kind.SEARCH)).isEqualTo(3);
    }

    @Test
    void theStatusFollowsTheProposedDroppedResolutionsUntilTheAdministratorChooses() {
      jira.resolution("6", "Won't Do");
      jira.add(
          new TestIssue(104, "ACME-4", acme)
              .option(AppField.GOAL_LEVEL, "BUSINESS")
              .resolution("6"));

      assertThat(goal(read(), "ACME-4").status()).isEqualTo(GoalStatus.DROPPED);
      assertThat(goal(read(Settings.dropping(Set.of()), Setup.installed()), "ACME-4").status())
          .isEqualTo(GoalStatus.DONE);
    }

    @Test
    void aGoalCoreCannotListIsLeftOutAndReported() {
      jira.add(new TestIssue(104, "ACME-4", acme).summary(" "));

      ReadRows rows = read();

      assertThat(rows.rows().goals()).extracting(Goal::key).doesNotContain(IssueKey.of("ACME-4"));
      assertThat(rows.rows().completeness().partlyRead()).containsExactly(IssueKey.of("ACME-4"));
    }
  }

  @Nested
  @DisplayName("actions")
  class Actions {

    @BeforeEach
    void actionsAroundTheWindow() {
      jira.add(task(110, "ACME-10").due(LocalDate.of(2026, 5, 20)));
      jira.add(task(111, "ACME-11").due(LocalDate.of(2026, 3, 1)).resolution("1"));
      jira.add(task(112, "ACME-12").due(LocalDate.of(2026, 5, 20)));
      jira.add(task(113, "ACME-13").due(LocalDate.of(2026, 5, 20)));
      jira.add(task(114, "ACME-14"));
      jira.add(new TestIssue(115, "CORP-15", corp).type(Setup.TASK_TYPE));
      jira.link(Setup.LINK_TYPE, 110, 102);
      jira.link(Setup.LINK_TYPE, 111, 103);
      jira.link(Setup.OTHER_LINK_TYPE, 113, 102);
      jira.link(Setup.LINK_TYPE, 114, 102);
      jira.link(Setup.LINK_TYPE, 114, 101);
      jira.link(Setup.LINK_TYPE, 115, 102);
    }

    private TestIssue task(long id, String key) {
      return new TestIssue(id, key, acme).type(Setup.TASK_TYPE).summary("Call " + key);
    }

    @Test
    void readsTheProjectsActionsLinkedToItsGoalsThatMatterForTheWindow() {
      List<Action> actions = read().rows().actions();

      assertThat(actions)
          .extracting(Action::key)
          .containsExactly(IssueKey.of("ACME-10"), IssueKey.of("ACME-14"));
    }

    @Test
    void anActionServesTheGoalItIsLinkedToTheEarliestKeyWhenSeveral() {
      List<Action> actions = read().rows().actions();

      assertThat(actions)
          .extracting(Action::supports)
          .containsExactly(IssueKey.of("ACME-2"), IssueKey.of("ACME-1"));
    }

    @Test
    void actionsAreCappedApartFromGoals() {
      ReadRows rows = read(Settings.capped(5), Setup.installed());

      assertThat(rows.rows().goals()).hasSize(4);
      assertThat(rows.rows().actions()).hasSize(2);
      assertThat(rows.rows().completeness().capReached()).isFalse();
    }

    @Test
    void saysSoWhenTheActionsReachTheCap() {
      ReadRows rows = read(Settings.capped(1), Setup.installed());

      assertThat(rows.rows().actions()).hasSize(1);
      assertThat(rows.rows().completeness().capReached()).isTrue();
    }
  }

  @Nested
  @DisplayName("the cap")
  class Cap {

    @Test
    void stopsAtTheCapAndSaysSo() {
      ReadRows rows = read(Settings.capped(2), Setup.installed());

      assertThat(rows.rows().goals())
          .extracting(Goal::key)
          .containsExactly(IssueKey.of("ACME-1"), IssueKey.of("ACME-2"));
      assertThat(rows.rows().completeness()).isEqualTo(new Completeness(2, true, List.of()));
    }

    @Test
    void goalsOutsideTheProjectCountTowardTheCap() {
      ReadRows rows = read(Settings.capped(3), Setup.installed());

      assertThat(rows.rows().goals()).hasSize(3);
      assertThat(rows.rows().completeness().capReached()).isTrue();
      assertThat(rows.outsideProjects()).isEmpty();
    }

    @Test
    void aCapWithRoomLeftIsNotReachedEvenWhenAGoalOutsideCannotBeSeen() {
      ReadRows rows = read(Settings.capped(5), Setup.installed());

      assertThat(rows.rows().goals()).hasSize(4);
      assertThat(rows.rows().completeness()).isEqualTo(new Completeness(5, false, List.of()));
    }

    @Test
    void aCapUsedUpWhileGoalsOutsideAreStillToBeAskedForCountsAsReached() {
      ReadRows rows = read(Settings.capped(4), Setup.installed());

      assertThat(rows.rows().goals()).hasSize(4);
      assertThat(rows.rows().completeness().capReached()).isTrue();
    }
  }

  @Nested
  @DisplayName("setup that did not run or was undone")
  class Setup_ {

    @Test
    void withoutTheIssueTypesThereAreNoRowsAndNoSearch() {
      InstalledItems all = Setup.installed();
      InstalledItems noMilestone =
          new InstalledItems(
              Map.of(AppIssueType.GOAL, Setup.GOAL_TYPE),
              all.fields(),
              all.options(),
              all.linkType());

      ReadRows rows = read(Settings.capped(100), noMilestone);

      assertThat(rows.rows()).isEqualTo(AccountRows.empty());
      assertThat(rows.outsideProjects()).isEmpty();
      assertThat(rows.problems())
          .containsExactly(
              "Board of ACME: setup has not recorded the Goal and Milestone issue types: no rows");
      assertThat(jira.calls().of(Kind.SEARCH)).isZero();
    }

    @Test
    void withoutAFieldEveryGoalIsListedAndReportedAsReadInPart() {
      InstalledItems all = Setup.installed();
      Map<AppField, String> fields = new EnumMap<>(all.fields());
      fields.remove(AppField.TRAFFIC_LIGHT);

      ReadRows rows =
          read(
              Settings.capped(100),
              new InstalledItems(all.issueTypes(), fields, all.options(), all.linkType()));

      assertThat(rows.rows().goals()).hasSize(4);
      assertThat(rows.rows().completeness().partlyRead()).hasSize(4);
      assertThat(rows.problems().get(0))
          .isEqualTo(
              "Board of ACME: these fields are missing, their values read as unset:"
                  + " [TRAFFIC_LIGHT]");
    }

    @Test
    void withoutTheLinkTypeThereAreNoLinksAndNoActions() {
      InstalledItems all = Setup.installed();
      jira.add(new TestIssue(110, "ACME-10", acme).type(Setup.TASK_TYPE));
      jira.link(Setup.LINK_TYPE, 110, 102);

      ReadRows rows =
          read(
              Settings.capped(100),
              new InstalledItems(all.issueTypes(), all.fields(), all.options(), null));

      assertThat(rows.rows().goals())
          .hasSize(3)
          .allSatisfy(g -> assertThat(g.supports()).isEmpty());
      assertThat(rows.rows().actions()).isEmpty();
      assertThat(jira.calls().of(Kind.LINK_READ)).isZero();
      assertThat(rows.problems())
          .containsExactly(
              "Board of ACME: setup has not recorded the alignment link type: no links, no actions");
    }
  }

  @Test
  void readsEachPageOfGoalsWithOneSearchAndOneHistoryReadAndEachGoalsLinksOnce() {
    read();

    assertThat(jira.calls().of(Kind.SEARCH)).isEqualTo(3); // own goals, CORP-1, SECRET-1
    assertThat(jira.calls().of(Kind.HISTORY_READ)).isEqualTo(2); // own page, CORP-1's page
    // outward: 3 own + CORP-1; inward: 3 own
    assertThat(jira.calls().of(Kind.LINK_READ)).isEqualTo(7);
  }

  @Test
  void aGoalsHistoryReachesItsRow() {
    jira.history(
        com.accountgoals.jira.rows.fakes.ChangeGroups.change(
            50,
            102,
            LocalDate.of(2026, 3, 2).atTime(9, 0),
            "Anna",
            com.accountgoals.jira.rows.fakes.ChangeGroups.number(AppField.ACTUAL, "1", "2")));

    assertThat(goal(read(), "ACME-2").metric().readings().size()).isEqualTo(2);
  }

  @Test
  void completeRowsSayTheCapTheyWereReadWithAndReportNoProblem() {
    ReadRows rows = read();

    assertThat(rows.rows().completeness())
        .isEqualTo(new Completeness(AdminSettings.DEFAULT_SEARCH_CAP, false, List.of()));
    assertThat(rows.problems()).isEmpty();
  }

  @Nested
  @DisplayName("many actions")
  class ManyActions {

    private void actions(int count) {
      for (int i = 1; i <= count; i++) {
        jira.add(
            new TestIssue(1_000 + i, "ACME-" + (1_000 + i), acme)
                .type(Setup.TASK_TYPE)
                .due(LocalDate.of(2026, 6, 1)));
        jira.link(Setup.LINK_TYPE, 1_000 + i, 102);
      }
    }

    @Test
    void aCapFilledByTheFirstFiveHundredLinkedIssuesIsReachedWhenMoreAreLinked() {
      actions(501);

      ReadRows rows = read(Settings.capped(500), Setup.installed());

      assertThat(rows.rows().actions()).hasSize(500);
      assertThat(rows.rows().completeness().capReached()).isTrue();
    }

    @Test
    void theActionsOfLaterChunksFillWhatTheCapLeaves() {
      actions(502);

      ReadRows rows = read(Settings.capped(501), Setup.installed());

      assertThat(rows.rows().actions()).hasSize(501);
      assertThat(rows.rows().completeness().capReached()).isTrue();
    }

    @Test
    void allActionsFitUnderACapAboveThem() {
      actions(502);

      ReadRows rows = read(Settings.capped(502), Setup.installed());

      assertThat(rows.rows().actions()).hasSize(502);
      assertThat(rows.rows().completeness().capReached()).isFalse();
    }
  }

  @Test
  void saysSoWhenTheGoalsOutsideTheProjectReachTheCap() {
    FakeJira small = new FakeJira();
    Project own = small.project(1, "ACME", true);
    Project company = small.project(2, "CORP", true);
    small.add(new TestIssue(101, "ACME-1", own).option(AppField.GOAL_LEVEL, "BUSINESS"));
    small.add(new TestIssue(201, "CORP-1", company).option(AppField.GOAL_LEVEL, "VISION"));
    small.add(new TestIssue(202, "CORP-2", company).option(AppField.GOAL_LEVEL, "VISION"));
    small.link(Setup.LINK_TYPE, 101, 201);
    small.link(Setup.LINK_TYPE, 101, 202);

    ReadRows rows =
        new BoardReader(small, small, small, small, small, Setup.jvmZone())
            .read(1, "ACME", null, MAY_TO_JULY, Settings.capped(2), Setup.installed());

    assertThat(rows.rows().goals())
        .extracting(Goal::key)
        .containsExactly(IssueKey.of("ACME-1"), IssueKey.of("CORP-1"));
    assertThat(rows.rows().completeness().capReached()).isTrue();
  }
}
