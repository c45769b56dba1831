package com.atlassian.jira.issue.customfields.persistence;

/**
 * Stand-in for the Jira service that stores custom field values. The app only passes it to its base
 * class, so no member is declared.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
 * (7.x; an interface in the 6.x source too).
 */
public interface CustomFieldValuePersister {}
