package com.accountgoals.jira.rows.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ProjectStampsTest {

  @Mock private CacheManager cacheManager;
  @Mock private Cache<Long, String> cache;
  @Captor private ArgumentCaptor<CacheLoader<Long, String>> loader;

  private ProjectStamps stamps;

  @BeforeEach
  void aReplicatedCache() {
    when(cacheManager.<Long, String>getCache(eq(ProjectStamps.CACHE), loader.capture(), any()))
        .thenReturn(cache);
    stamps = new ProjectStamps(cacheManager);
  }

  @Test
  void aProjectsStampIsWhatTheCacheHolds() {
    when(cache.get(7L)).thenReturn("abc");

    assertThat(stamps.of(7)).isEqualTo("abc");
  }

  @Test
  void renewingAStampRemovesItEverywhere() {
    stamps.renew(7);

    verify(cache).remove(7L);
  }

  @Test
  void aMissingStampIsLoadedFreshNeverOneUsedBefore() {
    String first = loader.getValue().load(7L);
    String second = loader.getValue().load(7L);

    assertThat(first).isNotBlank().isNotEqualTo(second);
  }
}
