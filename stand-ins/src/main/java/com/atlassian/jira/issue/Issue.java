package com.atlassian.jira.issue;

/**
 * Stand-in for an issue ({@code @PublicApi}). In Jira 7+ {@code getId} and {@code getKey} come from
 * the super-interfaces {@code WithId} and {@code WithKey}; the method descriptors are the same, and
 * interface method resolution finds them there, so declaring them here links.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (7.x).
 */
public interface Issue {

  Long getId();

  String getKey();
}
