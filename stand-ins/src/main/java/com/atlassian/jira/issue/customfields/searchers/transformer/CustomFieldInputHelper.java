package com.atlassian.jira.issue.customfields.searchers.transformer;

/**
 * Stand-in for the Jira service that names custom field clauses; passed to {@code
 * ExactTextSearcher}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/searchers/transformer/CustomFieldInputHelper.html
 * (7.x).
 */
public interface CustomFieldInputHelper {}
