package com.atlassian.jira.issue.fields;

/**
 * Stand-in for the root of Jira's field types ({@code @PublicApi}); declares {@code getId} and
 * {@code getName} where Jira declares them.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/Field.html
 * (7.x).
 */
public interface Field {

  String getId();

  String getName();
}
