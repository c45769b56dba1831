package com.atlassian.jira.issue.transport;

import java.util.Map;
import java.util.Set;

/**
 * Stand-in for the root of Jira's field parameter transport types ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/FieldParams.html (7.x).
 */
public interface FieldParams {

  Set<String> getAllKeys();

  Map<String, ?> getKeysAndValues();

  boolean containsKey(String key);

  boolean isEmpty();
}
