package com.accountgoals.jira.derived.freshness;

import static com.accountgoals.jira.rows.fakes.Setup.LINK_TYPE;
import static com.accountgoals.jira.rows.fakes.Setup.OTHER_LINK_TYPE;
import static com.accountgoals.jira.rows.fakes.Setup.TASK_TYPE;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.rows.fakes.IdOnlyProject;
import com.accountgoals.jira.rows.fakes.Settings;
import com.accountgoals.jira.rows.fakes.Setup;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The listener with the real search for dependent goals and the real re-indexer; Jira's stores,
 * links and indexing service are mocks. Project 1 is the account project.
 */
@ExtendWith(MockitoExtension.class)
@DisplayName("Re-indexing the goals a change concerns")
class GoalFreshnessListenerTest {

  private static final IdOnlyProject ACCOUNT = new IdOnlyProject(1L);
  private static final IdOnlyProject ELSEWHERE = new IdOnlyProject(2L);

  @Mock private InstalledItemsStore itemsStore;
  @Mock private AdminSettingsStore settingsStore;
  @Mock private IssueLinkManager linkManager;
  @Mock private IssueIndexingService indexingService;

  private GoalFreshnessListener listener;

  private final TestIssue goal = new TestIssue(10, "ACME-10", ACCOUNT);
  private final TestIssue otherGoal = new TestIssue(11, "ACME-11", ACCOUNT);
  private final TestIssue milestone = new TestIssue(20, "ACME-20", ACCOUNT).milestone();
  private final TestIssue action = new TestIssue(30, "ACME-30", ACCOUNT).type(TASK_TYPE);

  @BeforeEach
  void aListener() {
    listener =
        new GoalFreshnessListener(
            new DependentGoals(itemsStore, settingsStore, linkManager),
            new GoalReindexer(indexingService));
    lenient().when(itemsStore.load()).thenReturn(Setup.installed());
    lenient().when(settingsStore.load()).thenReturn(Settings.capped(100));
  }

  @Nested
  @DisplayName("a milestone's change")
  class MilestoneChange {

    @Test
    void reindexesExactlyTheGoalItSupportsAndNothingElse() throws IndexException {
      milestoneLinksTo(
          new Link(LINK_TYPE, milestone, goal),
          new Link(OTHER_LINK_TYPE, milestone, otherGoal),
          new Link(LINK_TYPE, milestone, action));

      listener.onIssueEvent(eventOn(milestone));

      verify(indexingService).reIndexIssueObjects(List.of(goal));
    }

    @Test
    void reindexesEachGoalItSupportsOnce() throws IndexException {
      milestoneLinksTo(
          new Link(LINK_TYPE, milestone, goal),
          new Link(LINK_TYPE, milestone, otherGoal),
          new Link(LINK_TYPE, milestone, new TestIssue(10, "ACME-10", ACCOUNT)));

      listener.onIssueEvent(eventOn(milestone));

      verify(indexingService).reIndexIssueObjects(List.of(goal, otherGoal));
    }

    @Test
    void leavesAGoalOutsideTheAccountProjectsAlone() throws IndexException {
      TestIssue foreignGoal = new TestIssue(12, "OTHER-12", ELSEWHERE);
      TestIssue projectless = new TestIssue(13, "NONE-13", null);
      TestIssue idless = new TestIssue(14, "NONE-14", new IdOnlyProject(null));
      milestoneLinksTo(
          new Link(LINK_TYPE, milestone, foreignGoal),
          new Link(LINK_TYPE, milestone, projectless),
          new Link(LINK_TYPE, milestone, idless),
          new Link(LINK_TYPE, milestone, goal));

      listener.onIssueEvent(eventOn(milestone));

      verify(indexingService).reIndexIssueObjects(List.of(goal));
    }

    @Test
    void supportingNoGoalReindexesNothing() {
      milestoneLinksTo(new Link(LINK_TYPE, milestone, null));

      listener.onIssueEvent(eventOn(milestone));

      verifyNoInteractions(indexingService, settingsStore);
    }

    @Test
    void ofADeletedMilestoneReindexesNothingItself() {
      // Jira removed the links before it announced the deletion; their link events carry the goal.
      milestoneLinksTo();

      listener.onIssueEvent(eventOn(milestone));

      verifyNoInteractions(indexingService);
    }
  }

  @Nested
  @DisplayName("another issue's change")
  class OtherChanges {

    @Test
    void ofAnActionReindexesNothing() {
      listener.onIssueEvent(eventOn(action));

      verifyNoInteractions(linkManager, indexingService);
    }

    @Test
    void ofAGoalReindexesNoOtherGoal() {
      listener.onIssueEvent(eventOn(goal));

      verifyNoInteractions(linkManager, indexingService);
    }

    @Test
    void withoutAnIssueReindexesNothing() {
      listener.onIssueEvent(mock(IssueEvent.class));

      verifyNoInteractions(linkManager, indexingService);
    }
  }

  @Nested
  @DisplayName("a link made or removed")
  class Links {

    @Test
    void madeFromAMilestoneToAGoalReindexesTheNewGoal() throws IndexException {
      listener.onLinkCreated(created(new Link(LINK_TYPE, milestone, goal)));

      verify(indexingService).reIndexIssueObjects(List.of(goal));
    }

    @Test
    void removedReindexesTheFormerGoal() throws IndexException {
      listener.onLinkDeleted(deleted(new Link(LINK_TYPE, milestone, otherGoal)));

      verify(indexingService).reIndexIssueObjects(List.of(otherGoal));
    }

    @Test
    void ofADeletedMilestoneStillReindexesTheGoalTheLinkNames() throws IndexException {
      listener.onLinkDeleted(deleted(new Link(LINK_TYPE, null, goal)));

      verify(indexingService).reIndexIssueObjects(List.of(goal));
    }

    @Test
    void fromAnActionOrAGoalReindexesNothing() {
      listener.onLinkCreated(created(new Link(LINK_TYPE, action, goal)));
      listener.onLinkDeleted(deleted(new Link(LINK_TYPE, otherGoal, goal)));

      verifyNoInteractions(indexingService);
    }

    @Test
    void ofAnotherTypeOrToNoGoalReindexesNothing() {
      listener.onLinkCreated(created(new Link(OTHER_LINK_TYPE, milestone, goal)));
      listener.onLinkCreated(created(new Link(LINK_TYPE, milestone, action)));
      listener.onLinkDeleted(deleted(new Link(LINK_TYPE, milestone, null)));

      verifyNoInteractions(indexingService);
    }

    @Test
    void toAGoalOfAnotherProjectReindexesNothing() {
      listener.onLinkCreated(
          created(new Link(LINK_TYPE, milestone, new TestIssue(12, "OTHER-12", ELSEWHERE))));

      verifyNoInteractions(indexingService);
    }

    @Test
    void missingFromTheEventReindexesNothing() {
      listener.onLinkCreated(mock(IssueLinkCreatedEvent.class));
      listener.onLinkDeleted(mock(IssueLinkDeletedEvent.class));

      verifyNoInteractions(indexingService);
    }
  }

  @Nested
  @DisplayName("before setup has run")
  class BeforeSetup {

    @Test
    void nothingIsReindexed() {
      when(itemsStore.load()).thenReturn(InstalledItems.none());

      listener.onIssueEvent(eventOn(milestone));
      listener.onLinkCreated(created(new Link(LINK_TYPE, milestone, goal)));

      verifyNoInteractions(linkManager, indexingService);
    }

    @Test
    void withoutTheGoalTypeNothingIsReindexed() {
      InstalledItems installed = Setup.installed();
      when(itemsStore.load())
          .thenReturn(
              new InstalledItems(
                  Map.of(
                      com.accountgoals.jira.catalogue.AppIssueType.MILESTONE, Setup.MILESTONE_TYPE),
                  installed.fields(),
                  installed.options(),
                  LINK_TYPE));

      listener.onLinkCreated(created(new Link(LINK_TYPE, milestone, goal)));

      verifyNoInteractions(indexingService);
    }
  }

  @Nested
  @DisplayName("when Jira fails")
  class Failures {

    @Test
    void aFailedReindexIsLoggedAndNotThrown() throws IndexException {
      milestoneLinksTo(new Link(LINK_TYPE, milestone, goal));
      doThrow(new IndexException("index locked")).when(indexingService).reIndexIssueObjects(any());

      assertThatCode(() -> listener.onIssueEvent(eventOn(milestone))).doesNotThrowAnyException();
    }

    @Test
    void aFailedReadOfTheLinksIsLoggedAndNotThrown() {
      when(linkManager.getOutwardLinks(20L)).thenThrow(new IllegalStateException("database gone"));

      assertThatCode(() -> listener.onIssueEvent(eventOn(milestone))).doesNotThrowAnyException();
      verifyNoInteractions(indexingService);
    }

    @Test
    void aFailedReadOfTheSettingsIsLoggedAndNotThrown() {
      when(itemsStore.load()).thenThrow(new IllegalStateException("settings unreadable"));

      assertThatCode(() -> listener.onLinkDeleted(deleted(new Link(LINK_TYPE, milestone, goal))))
          .doesNotThrowAnyException();
      verifyNoInteractions(indexingService);
    }
  }

  /** The links Jira holds from the milestone ACME-20. */
  private void milestoneLinksTo(IssueLink... links) {
    when(linkManager.getOutwardLinks(20L)).thenReturn(List.of(links));
  }

  private static IssueEvent eventOn(Issue issue) {
    IssueEvent event = mock(IssueEvent.class);
    when(event.getIssue()).thenReturn(issue);
    return event;
  }

  private static IssueLinkCreatedEvent created(IssueLink link) {
    IssueLinkCreatedEvent event = mock(IssueLinkCreatedEvent.class);
    when(event.getIssueLink()).thenReturn(link);
    return event;
  }

  private static IssueLinkDeletedEvent deleted(IssueLink link) {
    IssueLinkDeletedEvent event = mock(IssueLinkDeletedEvent.class);
    when(event.getIssueLink()).thenReturn(link);
    return event;
  }
}
