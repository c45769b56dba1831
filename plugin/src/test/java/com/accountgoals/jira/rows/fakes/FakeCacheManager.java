package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.rows.fakes.Calls.Kind;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.HashMap;
import java.util.Map;

/** atlassian-cache in memory: caches that load missing values with their loader, counted. */
public final class FakeCacheManager implements CacheManager {

  private final Calls calls;

  public FakeCacheManager(Calls calls) {
    this.calls = calls;
  }

  @Override
  public <K, V> Cache<K, V> getCache(
      String name, CacheLoader<K, V> loader, CacheSettings required) {
    Map<K, V> values = new HashMap<>();
    return new Cache<>() {
      @Override
      public V get(K key) {
        calls.count(Kind.CACHE);
        V value = values.get(key);
        if (value == null) {
          value = loader.load(key);
          values.put(key, value);
        }
        return value;
      }

      @Override
      public void remove(K key) {
        calls.count(Kind.CACHE);
        values.remove(key);
      }
    };
  }
}
