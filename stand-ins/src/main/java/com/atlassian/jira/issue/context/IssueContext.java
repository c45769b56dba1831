package com.atlassian.jira.issue.context;

/**
 * Stand-in for the project and issue type an operation happens in ({@code @PublicApi}). The app
 * does not read it: {@code getIssueType()} changed its return type between Jira 6 and 7, so no
 * member is declared.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/IssueContext.html (7.x).
 */
public interface IssueContext {}
