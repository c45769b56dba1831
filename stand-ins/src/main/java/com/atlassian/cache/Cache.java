package com.atlassian.cache;

/**
 * Stand-in for an atlassian-cache cache ({@code @PublicApi}). Null keys and values are not
 * supported; a cache made with a loader never returns null from {@code get}.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/Cache.html (2.0 to
 * 2.4): {@code V get(K)}, {@code void remove(K)}.
 */
public interface Cache<K, V> {

  V get(K key);

  void remove(K key);
}
