package com.accountgoals.jira.rows.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.accountgoals.core.goal.IssueKey;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.port.Completeness;
import com.accountgoals.core.trafficlight.TrafficLight;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The cache of a board's rows")
class RowsCacheTest {

  private static final RowsKey KEY =
      new RowsKey(1, "ACME", "anna", "s1", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), 42);
  private static final AccountRows ROWS =
      new AccountRows(
          List.of(), List.of(), TrafficLight.none(), new Completeness(7, true, List.of()));
  private static final AccountRows NEWER = AccountRows.empty();

  @Mock private CacheManager cacheManager;
  @Mock private Cache<RowsKey, CachedRows> cache;
  @Mock private CacheLoader<RowsKey, CachedRows> loader;
  @Mock private ProjectStamps stamps;

  private RowsCache rows;

  @BeforeEach
  void aLocalCacheFilledByTheLoader() {
    when(cacheManager.<RowsKey, CachedRows>getCache(eq(RowsCache.CACHE), eq(loader), any()))
        .thenReturn(cache);
    rows = new RowsCache(cacheManager, stamps, loader);
  }

  @Test
  void givesTheCachedRows() {
    when(cache.get(KEY)).thenReturn(new CachedRows(ROWS, Map.of()));

    assertThat(rows.rows(KEY)).isEqualTo(ROWS);
    verify(cache, never()).remove(any());
  }

  @Test
  void rowsStillCurrentForTheOtherProjectsTheyHoldAreKept() {
    when(cache.get(KEY)).thenReturn(new CachedRows(ROWS, Map.of(2L, "c1")));
    when(stamps.of(2L)).thenReturn("c1");

    assertThat(rows.rows(KEY)).isEqualTo(ROWS);
    verify(cache, never()).remove(any());
  }

  @Test
  void rowsHoldingGoalsOfAnotherProjectThatChangedSinceAreReadAgain() {
    when(cache.get(KEY))
        .thenReturn(new CachedRows(ROWS, Map.of(2L, "c1")), new CachedRows(NEWER, Map.of()));
    when(stamps.of(2L)).thenReturn("c2");

    assertThat(rows.rows(KEY)).isEqualTo(NEWER);
    InOrder order = inOrder(cache);
    order.verify(cache).get(KEY);
    order.verify(cache).remove(KEY);
    order.verify(cache).get(KEY);
  }

  @Test
  void aKeyIsSerializableAsClusteredCachesAskOfKeys() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(KEY);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(KEY);
    }
  }

  @Test
  void cachedRowsCopyTheStampsTheyWereGiven() {
    java.util.HashMap<Long, String> outside = new java.util.HashMap<>(Map.of(2L, "c1"));
    CachedRows cached = new CachedRows(ROWS, outside);
    outside.put(3L, "x");

    assertThat(cached.outsideStamps()).containsOnlyKeys(2L);
    assertThat(cached.rows().completeness().partlyRead()).doesNotContain(IssueKey.of("ACME-1"));
  }
}
