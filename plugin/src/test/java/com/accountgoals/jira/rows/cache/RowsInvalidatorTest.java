package com.accountgoals.jira.rows.cache;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.accountgoals.jira.rows.fakes.IdOnlyProject;
import com.accountgoals.jira.rows.fakes.TestIssue;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.link.IssueLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Invalidating a project's rows on Jira's events")
class RowsInvalidatorTest {

  @Mock private EventPublisher eventPublisher;
  @Mock private ProjectStamps stamps;

  private RowsInvalidator invalidator;

  @BeforeEach
  void anInvalidator() {
    invalidator = new RowsInvalidator(eventPublisher, stamps);
  }

  @Test
  void listensFromStartToStop() {
    invalidator.start();
    invalidator.stop();

    verify(eventPublisher).register(invalidator);
    verify(eventPublisher).unregister(invalidator);
  }

  @Nested
  @DisplayName("an issue event")
  class OnIssueEvent {

    @Test
    void renewsTheStampOfTheIssuesProject() {
      IssueEvent event = mock(IssueEvent.class);
      when(event.getIssue()).thenReturn(new TestIssue(1, "ACME-1", new IdOnlyProject(7L)));

      invalidator.onIssueEvent(event);

      verify(stamps).renew(7L);
    }

    @Test
    void withoutAnIssueRenewsNothing() {
      invalidator.onIssueEvent(mock(IssueEvent.class));

      verifyNoInteractions(stamps);
    }

    @Test
    void ofAnIssueWithoutAProjectRenewsNothing() {
      IssueEvent event = mock(IssueEvent.class);
      when(event.getIssue()).thenReturn(new TestIssue(1, "ACME-1", null));

      invalidator.onIssueEvent(event);

      verifyNoInteractions(stamps);
    }

    @Test
    void ofAProjectWithoutAnIdRenewsNothing() {
      IssueEvent event = mock(IssueEvent.class);
      when(event.getIssue()).thenReturn(new TestIssue(1, "ACME-1", new IdOnlyProject(null)));

      invalidator.onIssueEvent(event);

      verifyNoInteractions(stamps);
    }
  }

  @Nested
  @DisplayName("a link event")
  class OnLinkEvent {

    private IssueLink link;

    @BeforeEach
    void aLinkAcrossProjects() {
      link = mock(IssueLink.class);
      when(link.getSourceObject()).thenReturn(new TestIssue(1, "ACME-1", new IdOnlyProject(7L)));
      when(link.getDestinationObject())
          .thenReturn(new TestIssue(2, "CORP-1", new IdOnlyProject(8L)));
    }

    @Test
    void aNewLinkRenewsTheStampsOfBothEndsProjects() {
      IssueLinkCreatedEvent event = mock(IssueLinkCreatedEvent.class);
      when(event.getIssueLink()).thenReturn(link);

      invalidator.onLinkCreated(event);

      verify(stamps).renew(7L);
      verify(stamps).renew(8L);
    }

    @Test
    void aRemovedLinkRenewsTheStampsOfBothEndsProjects() {
      IssueLinkDeletedEvent event = mock(IssueLinkDeletedEvent.class);
      when(event.getIssueLink()).thenReturn(link);

      invalidator.onLinkDeleted(event);

      verify(stamps).renew(7L);
      verify(stamps).renew(8L);
    }
  }

  @Test
  void aLinkEventWithoutALinkRenewsNothing() {
    invalidator.onLinkCreated(mock(IssueLinkCreatedEvent.class));

    verifyNoInteractions(stamps);
  }
}
