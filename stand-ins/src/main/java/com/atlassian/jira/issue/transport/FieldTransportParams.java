package com.atlassian.jira.issue.transport;

/**
 * Stand-in for field parameters with first-value accessors ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/FieldTransportParams.html
 * (7.x).
 */
public interface FieldTransportParams extends CollectionParams {

  Object getFirstValueForNullKey();

  Object getFirstValueForKey(String key);
}
