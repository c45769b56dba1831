package com.accountgoals.jira.rows.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.UUID;

/**
 * A stamp per project that changes whenever an issue or link of the project changes: the rows of a
 * board are cached under the stamp they were read with, so a new stamp makes every cached board of
 * the project unreachable on every node at once.
 *
 * <p>Why not remove the boards themselves: atlassian-cache removes entries by key only, and a
 * project's boards are cached under many keys (one per user and window) on every node; a node only
 * knows its own keys. The stamps are one small replicated cache (values copied to every node, so
 * keys and values are {@link java.io.Serializable}: {@code Long} and {@code String}); invalidating
 * a project is one {@code remove}, replicated, after which any node loads a fresh random stamp. A
 * loaded stamp is never one used before, so a race can only cost a read, never serve stale rows.
 */
public final class ProjectStamps {

  static final String CACHE = "com.accountgoals.jira.rows.project-stamps";

  private final Cache<Long, String> stamps;

  public ProjectStamps(CacheManager cacheManager) {
    this.stamps =
        cacheManager.getCache(
            CACHE,
            projectId -> UUID.randomUUID().toString(),
            new CacheSettingsBuilder().remote().replicateViaCopy().build());
  }

  /** The current stamp of the project {@code projectId}. */
  public String of(long projectId) {
    return stamps.get(projectId);
  }

  /** Gives the project {@code projectId} a new stamp, on every node. */
  public void renew(long projectId) {
    stamps.remove(projectId);
  }
}
