package com.atlassian.jira.web;

/**
 * Stand-in for the Jira service that tells whether a field is hidden for an issue. The app passes
 * it to Jira's indexer and searcher base classes.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/web/FieldVisibilityManager.html (7.x).
 */
public interface FieldVisibilityManager {}
