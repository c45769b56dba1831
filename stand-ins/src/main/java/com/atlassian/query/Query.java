package com.atlassian.query;

/**
 * Stand-in for a JQL query ({@code @PublicApi}); the app only passes parsed queries on.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/query/Query.html (7.x).
 */
public interface Query {}
