package com.accountgoals.jira.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.ProjectKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsCache;
import com.accountgoals.jira.rows.fakes.Calls;
import com.accountgoals.jira.rows.fakes.Calls.Kind;
import com.accountgoals.jira.rows.fakes.ChangeGroups;
import com.accountgoals.jira.rows.fakes.FakeCacheManager;
import com.accountgoals.jira.rows.fakes.FakeJira;
import com.accountgoals.jira.rows.fakes.Jiras;
import com.accountgoals.jira.rows.fakes.Settings;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.accountgoals.jira.rows.read.BoardReader;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cost of a board in Jira calls: an account of 100, 1 000 and 10 000 goals (a vision, one
 * relationship goal per 50 goals, about a third business goals, the rest milestones; two actions
 * per business goal, three readings per business goal and a target change on every third; five
 * company goals in another project and one the user may not see), read through the row source over
 * a fake Jira that counts every call and adds a latency per call ({@link Calls.Kind}). Prints the
 * calls and the simulated time of a first (cold) and a second (warm, cached) board. The cap is
 * raised to {@value #CAP}: at the default 10 000 the largest account stops at its own goals.
 *
 * <p>Runs only when asked for by name (see the README, "Cost of a board"): its name does not end in
 * {@code Test}, so Surefire leaves it out of {@code mvn verify}, which does not pay for it.
 */
class BoardCostBenchmark {

  /** The cap of the benchmark's boards. */
  static final int CAP = 20_000;

  private static final DateWindow MAY_TO_JULY =
      DateWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));

  @Test
  void printsTheCallsOfABoard() {
    StringBuilder table = new StringBuilder();
    table.append(
        "| Goals | Board | Searches | Field reads | History reads | Link reads | Lookups"
            + " | Jira calls | Simulated time |\n");
    table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int goals : new int[] {100, 1_000, 10_000}) {
      Account account = new Account(goals);
      AccountRows cold = account.board();
      table.append(row(goals, "first (cold)", account.jira.calls()));
      account.jira.calls().reset();
      AccountRows warm = account.board();
      table.append(row(goals, "second (cached)", account.jira.calls()));
      assertThat(warm).isEqualTo(cold);
      assertThat(cold.goals()).hasSizeBetween(goals + 1, goals + 5);
      assertThat(cold.completeness().isComplete()).isTrue();
    }
    System.out.println("\nCost of a board (simulated latencies per call: " + latencies() + ")\n");
    System.out.println(table);
  }

  private static String row(int goals, String board, Calls calls) {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %,d | %,d | %,d | %,d | %,d | %,d | %,.0f ms |%n",
        goals,
        board,
        calls.of(Kind.SEARCH),
        calls.of(Kind.FIELD_READ),
        calls.of(Kind.HISTORY_READ),
        calls.of(Kind.LINK_READ),
        calls.of(Kind.LOOKUP) + calls.of(Kind.PARSE),
        calls.jiraCalls(),
        calls.millis());
  }

  private static String latencies() {
    StringBuilder text = new StringBuilder();
    for (Kind kind : Kind.values()) {
      text.append(kind).append(' ').append(kind.micros() / 1000.0).append(" ms, ");
    }
    return text.substring(0, text.length() - 2);
  }

  /** An account project of {@code size} goals in a fake Jira, and the row source over it. */
  private static final class Account {

    private final FakeJira jira = new FakeJira();
    private final JiraAccountRowSource source;
    private long nextId = 1;
    private long nextGroup = 1;

    Account(int size) {
      Project acme = jira.project(1, "ACME", true);
      Project corp = jira.project(2, "CORP", true);
      Project secret = jira.project(3, "SECRET", false);
      long hidden = jira.add(goal(secret, "SECRET-1", "VISION")).getId();
      long[] company = new long[5];
      for (int i = 0; i < company.length; i++) {
        company[i] = jira.add(goal(corp, "CORP-" + (i + 1), "BUSINESS")).getId();
        jira.link(Setup.LINK_TYPE, company[i], hidden);
      }
      int relationships = Math.max(1, size / 50);
      int business = (size - 1 - relationships) * 35 / 100;
      int number = 1;
      long vision = jira.add(goal(acme, "ACME-" + number++, "VISION")).getId();
      long[] relationship = new long[relationships];
      for (int i = 0; i < relationships; i++) {
        relationship[i] = jira.add(goal(acme, "ACME-" + number++, "RELATIONSHIP")).getId();
        jira.link(Setup.LINK_TYPE, relationship[i], vision);
      }
      long[] businessIds = new long[business];
      for (int i = 0; i < business; i++) {
        TestIssue goal = measured(goal(acme, "ACME-" + number++, "BUSINESS"), i);
        businessIds[i] = jira.add(goal).getId();
        jira.link(Setup.LINK_TYPE, goal.getId(), relationship[i % relationships]);
        if (i % 10 == 0) {
          jira.link(Setup.LINK_TYPE, goal.getId(), company[(i / 10) % company.length]);
        }
        history(goal.getId(), i);
      }
      int milestones = size - 1 - relationships - business;
      for (int i = 0; i < milestones; i++) {
        TestIssue milestone =
            new TestIssue(nextId++, "ACME-" + number++, acme)
                .milestone()
                .due(LocalDate.of(2026, 1 + i % 12, 28))
                .value(AppField.TARGET, 10.0 + i % 7);
        jira.add(milestone);
        jira.link(Setup.LINK_TYPE, milestone.getId(), businessIds[i % business]);
      }
      for (int i = 0; i < business; i++) {
        for (int a = 0; a < 2; a++) {
          TestIssue action =
              new TestIssue(nextId++, "ACME-" + number++, acme)
                  .type(Setup.TASK_TYPE)
                  .summary("Call the plant manager")
                  .assignee("Anna Berger");
          switch ((i * 2 + a) % 4) {
            case 0, 1 -> action.due(LocalDate.of(2026, 5 + (i % 3), 15));
            case 2 -> action.due(LocalDate.of(2026, 3, 15));
            default -> action.due(LocalDate.of(2026, 3, 15)).resolution("1");
          }
          jira.add(action);
          jira.link(Setup.LINK_TYPE, action.getId(), businessIds[i]);
        }
      }
      jira.resolution("1", "Done");
      jira.resolution("6", "Won't Do");
      FakeCacheManager caches = new FakeCacheManager(jira.calls());
      ProjectStamps stamps = new ProjectStamps(caches);
      // Above the default 10 000, so that the largest account is read in full.
      AdminSettings settings = Settings.capped(CAP);
      InstalledItems items = Setup.installed();
      AdminSettingsStore settingsStore = store(settings);
      InstalledItemsStore itemsStore = items(items);
      JiraAuthenticationContext anna = anna();
      RowsLoader loader =
          new RowsLoader(
              anna,
              new BoardReader(jira, jira, jira, jira, jira, Setup.jvmZone()),
              settingsStore,
              itemsStore,
              stamps);
      source =
          new JiraAccountRowSource(
              anna,
              jira,
              jira,
              settingsStore,
              itemsStore,
              stamps,
              new RowsCache(caches, stamps, loader));
    }

    AccountRows board() {
      return source.load(ProjectKey.of("ACME"), MAY_TO_JULY);
    }

    private TestIssue goal(Project project, String key, String level) {
      return new TestIssue(nextId++, key, project)
          .summary("Goal " + key)
          .option(AppField.GOAL_LEVEL, level)
          .option(AppField.SCOPE, "TEAM");
    }

    private static TestIssue measured(TestIssue goal, int i) {
      goal.option(AppField.CATEGORY, "REVENUE")
          .option(AppField.DIRECTION, "INCREASE")
          .option(AppField.METRIC_KIND, "LEVEL")
          .option(AppField.METRIC_SCALE, "CONTINUOUS")
          .value(AppField.UNIT, "EUR")
          .value(AppField.BASELINE, 100.0)
          .value(AppField.BASELINE_DATE, TestIssue.at(LocalDate.of(2026, 1, 5)))
          .value(AppField.TARGET, 160.0)
          .value(AppField.ACTUAL, 130.0)
          .value(AppField.TRAFFIC_LIGHT, "TL1 GREEN\nG Sponsor on board")
          .assignee("Anna Berger")
          .due(LocalDate.of(2026, 12, 31));
      if (i % 10 == 0) {
        goal.kpi();
      }
      return goal;
    }

    private void history(long goal, int i) {
      String[] values = {"100", "110", "120", "130"};
      for (int r = 1; r < values.length; r++) {
        jira.history(
            ChangeGroups.change(
                nextGroup++,
                goal,
                LocalDateTime.of(2026, 1 + r, 3, 9, 0),
                "Anna Berger",
                ChangeGroups.number(AppField.ACTUAL, values[r - 1], values[r])));
      }
      if (i % 3 == 0) {
        jira.history(
            ChangeGroups.change(
                nextGroup++,
                goal,
                LocalDateTime.of(2026, 2, 10, 9, 0),
                "Anna Berger",
                ChangeGroups.number(AppField.TARGET, "150", "160"),
                ChangeGroups.text(AppField.TARGET_CHANGE_REASON, "New plant in Linz")));
      }
    }

    private static AdminSettingsStore store(AdminSettings settings) {
      return new AdminSettingsStore() {
        @Override
        public AdminSettings load() {
          return settings;
        }

        @Override
        public void save(AdminSettings ignored) {
          throw new UnsupportedOperationException();
        }
      };
    }

    private static InstalledItemsStore items(InstalledItems items) {
      return new InstalledItemsStore() {
        @Override
        public InstalledItems load() {
          return items;
        }

        @Override
        public void save(InstalledItems ignored) {
          throw new UnsupportedOperationException();
        }
      };
    }

    private static JiraAuthenticationContext anna() {
      ApplicationUser user = Jiras.user("anna", "Anna Berger");
      return new JiraAuthenticationContext() {
        @Override
        public I18nHelper getI18nHelper() {
          return null;
        }

        @Override
        public ApplicationUser getLoggedInUser() {
          return user;
        }
      };
    }
  }
}
