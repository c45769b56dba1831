package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for a custom field configuration item type ({@code @PublicApi}); only named in
 * signatures.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfigItemType.html
 * (7.x).
 */
public interface FieldConfigItemType {}
