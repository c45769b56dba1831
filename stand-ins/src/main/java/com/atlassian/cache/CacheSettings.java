package com.atlassian.cache;

/**
 * Stand-in for the settings a cache is asked for ({@code @PublicApi}); the app builds them with
 * {@link CacheSettingsBuilder} and passes them on.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-cache/2.0.2/apidocs/com/atlassian/cache/CacheSettings.html
 * (2.0 to 2.5).
 */
public interface CacheSettings {}
