package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for a custom field searcher ({@code @PublicSpi}); the app only passes it on.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html
 * (7.x); its members are not mirrored.
 */
public interface CustomFieldSearcher {}
