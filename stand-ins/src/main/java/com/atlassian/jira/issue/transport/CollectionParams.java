package com.atlassian.jira.issue.transport;

import java.util.Collection;

/**
 * Stand-in for field parameters whose values are collections ({@code @PublicApi}). The raw {@code
 * Collection} return types are Jira's own.
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/CollectionParams.html
 * (7.x).
 */
@SuppressWarnings("rawtypes")
public interface CollectionParams extends FieldParams {

  Collection getAllValues();

  Collection getValuesForNullKey();

  Collection getValuesForKey(String key);

  void put(String key, Collection<String> value);
}
