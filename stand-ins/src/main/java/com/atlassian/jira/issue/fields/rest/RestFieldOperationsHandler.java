package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.util.ErrorCollection;
import java.util.List;
import java.util.Set;

/**
 * Stand-in for the handler that applies REST operations ("set", "add", ...) of one field to an
 * issue's input parameters ({@code @PublicSpi}); {@code issue} is null on create.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/fields/rest/RestFieldOperationsHandler.html
 * and an implementer in Jira Software 10.6.0,
 * https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/epiclink/EpicLinkRestFieldOperationsHandler.html.
 */
public interface RestFieldOperationsHandler {

  Set<String> getSupportedOperations();

  ErrorCollection updateIssueInputParameters(
      IssueContext issueCtx,
      Issue issue,
      String fieldId,
      IssueInputParameters inputParameters,
      List<FieldOperationHolder> operations);
}
