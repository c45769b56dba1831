package com.atlassian.cache;

/**
 * Stand-in for the factory of atlassian-cache caches ({@code @PublicApi}), which {@link
 * CacheManager} extends.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-cache/2.1.0/apidocs/com/atlassian/cache/class-use/CacheSettings.html
 * (2.0 to 2.4): {@code <K,V> Cache<K,V> getCache(String name, CacheLoader<K,V> loader,
 * CacheSettings required)}, which returns the named cache, creating it if necessary.
 */
public interface CacheFactory {

  <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
