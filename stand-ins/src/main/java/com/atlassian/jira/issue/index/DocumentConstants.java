package com.atlassian.jira.issue.index;

/**
 * Stand-in for the names Jira gives to fields of its issue index ({@code @PublicApi}); only the
 * prefix of sort fields is used. A constant is copied into the app at compile time, so its value
 * must be Jira's: {@code "sort_"} in the jira-api source (6.x) and in
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/index/DocumentConstants.html
 * (7.x).
 */
public interface DocumentConstants {

  String LUCENE_SORTFIELD_PREFIX = "sort_";
}
