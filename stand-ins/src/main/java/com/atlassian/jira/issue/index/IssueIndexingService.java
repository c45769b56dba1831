package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;
import java.util.Collection;

/**
 * Stand-in for Jira's issue indexing service ({@code @PublicApi}, {@code @InjectableComponent}),
 * which since Jira 7 carries the re-index operations {@code IssueIndexManager} used to.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html
 * (7.x): {@code long reIndexIssueObjects(Collection<? extends Issue> issueObjects)}, "Reindex a set
 * of issues", throwing {@link IndexException}. In 10.x seen only indirectly: Jira Software
 * 10.3.13's {@code IssueIndexServiceImpl} is documented as the implementation of this interface
 * (https://docs.atlassian.com/jira-software/10.3.13/com/atlassian/greenhopper/service/IssueIndexServiceImpl.html).
 */
public interface IssueIndexingService {

  long reIndexIssueObjects(Collection<? extends Issue> issueObjects) throws IndexException;
}
