package com.atlassian.jira.issue.fields.rest;

/**
 * Stand-in for the context of a REST meta data request ({@code @PublicApi}); the app does not read
 * it, so no member is declared.
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldTypeInfoContext.html
 * (7.x).
 */
public interface FieldTypeInfoContext {}
