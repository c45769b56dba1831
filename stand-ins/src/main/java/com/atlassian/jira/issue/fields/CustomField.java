package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for a custom field ({@code @PublicApi}). Jira's interface extends many more field
 * interfaces; only {@link Field} and the members the app calls are mirrored.
 *
 * <p>Mirrors the 6.3 jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html (7.x),
 * including {@code getUntranslatedName()}: the name Jira writes into the change history.
 */
public interface CustomField extends Field {

  Long getIdAsLong();

  Object getValue(Issue issue);

  String getUntranslatedName();
}
