package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for a custom field's configuration scheme ({@code @PublicApi}); the app only passes it
 * on.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * (7.x).
 */
public interface FieldConfig {}
