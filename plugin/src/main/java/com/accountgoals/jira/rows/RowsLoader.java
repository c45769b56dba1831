package com.accountgoals.jira.rows;

import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.quarter.DateWindow;
import com.accountgoals.jira.rows.cache.CachedRows;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsKey;
import com.accountgoals.jira.rows.read.BoardReader;
import com.accountgoals.jira.rows.read.ReadRows;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.cache.CacheLoader;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rows of a board that is not cached yet. atlassian-cache calls it in the thread that
 * asked for the rows, so the logged-in user is the one the key names; should they differ, it reads
 * nothing rather than another user's rows.
 */
public final class RowsLoader implements CacheLoader<RowsKey, CachedRows> {

  private static final Logger log = LoggerFactory.getLogger(RowsLoader.class);

  private final JiraAuthenticationContext authenticationContext;
  private final BoardReader reader;
  private final AdminSettingsStore settingsStore;
  private final InstalledItemsStore itemsStore;
  private final ProjectStamps stamps;

  public RowsLoader(
      JiraAuthenticationContext authenticationContext,
      BoardReader reader,
      AdminSettingsStore settingsStore,
      InstalledItemsStore itemsStore,
      ProjectStamps stamps) {
    this.authenticationContext = authenticationContext;
    this.reader = reader;
    this.settingsStore = settingsStore;
    this.itemsStore = itemsStore;
    this.stamps = stamps;
  }

  @Override
  public CachedRows load(RowsKey key) {
    ApplicationUser user = authenticationContext.getLoggedInUser();
    if (!JiraAccountRowSource.keyOf(user).equals(key.userKey())) {
      log.warn(
          "Rows of {} asked for another user than the logged-in one: none read", key.projectKey());
      return new CachedRows(AccountRows.empty(), Map.of());
    }
    ReadRows read =
        reader.read(
            key.projectId(),
            key.projectKey(),
            user,
            new DateWindow(key.first(), key.last()),
            settingsStore.load(),
            itemsStore.load());
    Map<Long, String> outside = new LinkedHashMap<>();
    for (Long projectId : read.outsideProjects()) {
      outside.put(projectId, stamps.of(projectId));
    }
    return new CachedRows(read.rows(), outside);
  }
}
