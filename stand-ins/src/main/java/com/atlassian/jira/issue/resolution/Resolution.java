package com.atlassian.jira.issue.resolution;

/**
 * Stand-in for a resolution ({@code @PublicApi}). In Jira {@code getId} and {@code getName} are
 * declared on the super-interface {@code IssueConstant}; the descriptors are the same and interface
 * method resolution finds them there.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/resolution/Resolution.html and
 * {@code IssueConstant} (7.x).
 */
public interface Resolution {

  String getId();

  String getName();
}
