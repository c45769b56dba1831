package com.accountgoals.jira.rows.cache;

import com.accountgoals.core.port.AccountRows;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.concurrent.TimeUnit;

/**
 * The rows of the boards read on this node, in an atlassian-cache cache: a second board of the same
 * project, user and window costs no Jira read. The cache is local to the node; it stays right on
 * every node because its keys carry the project's {@link ProjectStamps stamp}, which is replicated,
 * and because rows holding goals of other projects are checked against those projects' stamps.
 * Entries expire after {@value #MINUTES} minutes in any case, and at most {@value #ENTRIES} are
 * kept.
 */
public final class RowsCache {

  static final String CACHE = "com.accountgoals.jira.rows.board-rows";
  static final int MINUTES = 30;
  static final int ENTRIES = 200;

  private final Cache<RowsKey, CachedRows> rows;
  private final ProjectStamps stamps;

  /** A cache that reads missing rows with {@code loader}, in the calling thread. */
  public RowsCache(
      CacheManager cacheManager, ProjectStamps stamps, CacheLoader<RowsKey, CachedRows> loader) {
    this.rows =
        cacheManager.getCache(
            CACHE,
            loader,
            new CacheSettingsBuilder()
                .local()
                .expireAfterWrite(MINUTES, TimeUnit.MINUTES)
                .maxEntries(ENTRIES)
                .build());
    this.stamps = stamps;
  }

  /** The rows for {@code key}: cached, or read now and cached. */
  public AccountRows rows(RowsKey key) {
    CachedRows cached = rows.get(key);
    if (!cached.isCurrent(stamps)) {
      rows.remove(key);
      cached = rows.get(key);
    }
    return cached.rows();
  }
}
