package com.atlassian.jira.plugin.customfield;

/**
 * Stand-in for the module descriptor of a {@code customfield-type} ({@code @PublicApi}). Jira's
 * interface extends {@code JiraResourcedModuleDescriptor<CustomFieldType>}; the app only receives
 * it in {@code init}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/customfield/CustomFieldTypeModuleDescriptor.html
 * (7.x) and the 6.x jira-api source.
 */
public interface CustomFieldTypeModuleDescriptor {}
