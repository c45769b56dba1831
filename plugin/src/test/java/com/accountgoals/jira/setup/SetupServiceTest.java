package com.accountgoals.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.testing.InMemoryPluginSettings;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The setup service and its last report")
class SetupServiceTest {

  @Mock private GlobalSetup globalSetup;
  @Mock private AccountProjectSetup accountProjects;

  private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
  private final SetupReportStore reports = new SetupReportStore(settings);

  private static final SetupReport REPORT =
      new SetupReport(
          List.of(SetupMessage.of("account-goals.setup.field.created", "Target")),
          List.of(SetupMessage.of("account-goals.setup.issuetype.reused", "Goal")),
          List.of(
              SetupMessage.of("account-goals.setup.field.clash", "Unit\twith tab", "x:textarea")),
          List.of(SetupMessage.of("account-goals.setup.field.unavailable", "Goal health")),
          List.of(SetupMessage.of("account-goals.setup.busy")));

  @Nested
  @DisplayName("the last report")
  class LastReport {

    @Test
    void isEmptyBeforeTheFirstRun() {
      assertThat(reports.load()).isEmpty();
    }

    @Test
    void readsBackEveryListWithItsArguments() {
      reports.save(REPORT);

      SetupReport read = reports.load().orElseThrow();

      assertThat(read.created()).isEqualTo(REPORT.created());
      assertThat(read.reused()).isEqualTo(REPORT.reused());
      assertThat(read.clashes())
          .containsExactly(
              SetupMessage.of("account-goals.setup.field.clash", "Unit with tab", "x:textarea"));
      assertThat(read.unavailable()).isEqualTo(REPORT.unavailable());
      assertThat(read.notices()).isEqualTo(REPORT.notices());
    }

    @Test
    void leavesOutLinesItCannotRead() {
      settings.put(
          SetupReportStore.KEY,
          "created\taccount-goals.setup.field.created\tTarget\n\nsomething else\nnotices\n");

      SetupReport read = reports.load().orElseThrow();

      assertThat(read.created())
          .containsExactly(SetupMessage.of("account-goals.setup.field.created", "Target"));
      assertThat(read.notices()).isEmpty();
    }

    @Test
    void isEmptyWhenTheStoredValueIsNoText() {
      settings.put(SetupReportStore.KEY, List.of("created"));

      assertThat(reports.load()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the service")
  class Service {

    @Test
    void runsSetupAndKeepsItsReportForEveryNode() {
      when(globalSetup.run()).thenReturn(REPORT);
      AppSetup setup = new AppSetup(globalSetup, reports, accountProjects);

      assertThat(setup.runGlobalSetup()).isEqualTo(REPORT);
      assertThat(setup.lastReport()).isPresent();
      assertThat(setup.lastReport().orElseThrow().created()).isEqualTo(REPORT.created());
    }

    @Test
    void handsAccountProjectsToItsSetup() {
      AccountProjectChanges changes = new AccountProjectChanges(List.of(), List.of());
      when(accountProjects.makeAccountProject(7L)).thenReturn(changes);
      AppSetup setup = new AppSetup(globalSetup, reports, accountProjects);

      assertThat(setup.makeAccountProject(7L)).isSameAs(changes);
      setup.removeAccountProject(7L);
      verify(accountProjects).removeAccountProject(7L);
    }
  }

  @Nested
  @DisplayName("on start")
  class OnStart {

    @Test
    void runsTheGlobalSetup() {
      when(globalSetup.run()).thenReturn(REPORT);

      new SetupOnStart(new AppSetup(globalSetup, reports, accountProjects)).onStart();

      assertThat(reports.load()).isPresent();
    }

    @Test
    void neverLetsAFailureStopTheApp() {
      doThrow(new IllegalStateException("Jira not ready")).when(globalSetup).run();
      SetupOnStart onStart = new SetupOnStart(new AppSetup(globalSetup, reports, accountProjects));

      onStart.onStart();
      onStart.onStop();

      assertThat(reports.load()).isEmpty();
    }
  }

  @Nested
  @DisplayName("a report")
  class Report {

    @Test
    void isCompleteOnlyWithoutClashesMissingItemsOrNotices() {
      assertThat(
              new SetupReport(REPORT.created(), REPORT.reused(), List.of(), List.of(), List.of())
                  .isComplete())
          .isTrue();
      assertThat(
              new SetupReport(List.of(), List.of(), REPORT.clashes(), List.of(), List.of())
                  .isComplete())
          .isFalse();
      assertThat(
              new SetupReport(List.of(), List.of(), List.of(), REPORT.unavailable(), List.of())
                  .isComplete())
          .isFalse();
      assertThat(SetupReport.onlyNotice(SetupMessage.of("account-goals.setup.busy")).isComplete())
          .isFalse();
    }

    @Test
    void showsAMissingArgumentAsEmptyText() {
      assertThat(SetupMessage.of("k", "a", null, 3).arguments()).containsExactly("a", "", "3");
    }
  }
}
