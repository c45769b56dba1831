package com.atlassian.cache;

/**
 * Stand-in for atlassian-cache's loader ({@code @PublicSpi}): fills a cache upon a miss, with a
 * non-null value. The app implements it.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-cache/2.4.1/xref/com/atlassian/cache/CacheLoader.html (2.0
 * to 2.4): {@code V load(K key)}.
 */
public interface CacheLoader<K, V> {

  V load(K key);
}
