package com.accountgoals.jira.rows.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The alignment links of an issue")
class LinksTest {

  private static final long ALIGNMENT = 10200L;

  @Mock private IssueLinkManager linkManager;

  @Test
  void anIssueSupportsTheTargetsOfItsOutwardAlignmentLinks() {
    List<IssueLink> outward =
        List.of(link(ALIGNMENT, 1, 5), link(10000L, 1, 6), link(ALIGNMENT, 1, 7));
    when(linkManager.getOutwardLinks(1L)).thenReturn(outward);

    assertThat(new Links(linkManager, ALIGNMENT).supportedBy(1L)).containsExactly(5L, 7L);
  }

  @Test
  void anIssueIsSupportedByTheSourcesOfItsInwardAlignmentLinks() {
    List<IssueLink> inward = List.of(link(ALIGNMENT, 8, 1), link(10000L, 9, 1));
    when(linkManager.getInwardLinks(1L)).thenReturn(inward);

    assertThat(new Links(linkManager, ALIGNMENT).supportersOf(1L)).containsExactly(8L);
  }

  @Test
  void withoutALinkTypeThereAreNoLinksAndJiraIsNotAsked() {
    Links links = new Links(linkManager, null);

    assertThat(links.supportedBy(1L)).isEmpty();
    assertThat(links.supportersOf(1L)).isEmpty();
    verifyNoInteractions(linkManager);
  }

  private static IssueLink link(long type, long source, long destination) {
    IssueLink link = mock(IssueLink.class, withSettings().lenient());
    when(link.getLinkTypeId()).thenReturn(type);
    when(link.getSourceId()).thenReturn(source);
    when(link.getDestinationId()).thenReturn(destination);
    return link;
  }
}
