package com.atlassian.jira.jql.operand;

/**
 * Stand-in for the Jira service that resolves JQL operands; passed to {@code ExactTextSearcher}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/JqlOperandResolver.html
 * (7.x).
 */
public interface JqlOperandResolver {}
