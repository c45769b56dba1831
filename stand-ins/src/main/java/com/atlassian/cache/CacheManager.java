package com.atlassian.cache;

/**
 * Stand-in for atlassian-cache's cache manager ({@code @PublicApi}), the Jira service the app gets
 * its caches from; it declares no member of its own that the app calls.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-confluence/5.5.1/com/atlassian/confluence/cache/CacheManagerSupport.html
 * (an implementation listing {@code CacheFactory, CacheManager}) and
 * https://docs.atlassian.com/atlassian-cache/2.1.0/apidocs/com/atlassian/cache/class-use/Cache.html.
 */
public interface CacheManager extends CacheFactory {}
