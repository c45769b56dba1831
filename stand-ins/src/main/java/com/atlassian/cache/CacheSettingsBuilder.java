package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the builder of {@link CacheSettings} ({@code @PublicApi}, a class). Its methods
 * return the builder, as Jira's do, so that code building settings runs in unit tests; {@code
 * build()} returns an empty settings object.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * (2.9.0) and its 2.4.4 source: the public constructor, {@code local()}, {@code remote()}, {@code
 * replicateViaCopy()}, {@code expireAfterWrite(long, TimeUnit)}, {@code maxEntries(int)}, {@code
 * build()}.
 */
public class CacheSettingsBuilder {

  public CacheSettingsBuilder() {}

  public CacheSettings build() {
    return new CacheSettings() {};
  }

  public CacheSettingsBuilder local() {
    return this;
  }

  public CacheSettingsBuilder remote() {
    return this;
  }

  public CacheSettingsBuilder replicateViaCopy() {
    return this;
  }

  public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
    return this;
  }

  public CacheSettingsBuilder maxEntries(int maxEntries) {
    return this;
  }
}
