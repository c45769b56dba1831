package com.atlassian.jira.issue.fields.layout.field;

/**
 * Stand-in for a field's place in a field configuration ({@code @PublicApi}); the app only passes
 * it on. Jira's interface also extends {@code Comparable<FieldLayoutItem>}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
 * (7.x).
 */
public interface FieldLayoutItem {}
