package com.accountgoals.jira.rows.cache;

import com.accountgoals.core.port.AccountRows;
import java.util.Map;

/**
 * A board's rows as cached: the rows, and the stamps that the other projects whose goals they hold
 * had when they were read. Held only on the node that read them (a local cache), so it need not be
 * serializable.
 *
 * @param rows the rows
 * @param outsideStamps per other project, its stamp at the time of reading
 */
public record CachedRows(AccountRows rows, Map<Long, String> outsideStamps) {

  public CachedRows {
    outsideStamps = Map.copyOf(outsideStamps);
  }

  /** True while no other project whose goals these rows hold has changed since. */
  boolean isCurrent(ProjectStamps stamps) {
    for (Map.Entry<Long, String> outside : outsideStamps.entrySet()) {
      if (!outside.getValue().equals(stamps.of(outside.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
