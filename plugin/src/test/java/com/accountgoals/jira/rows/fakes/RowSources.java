package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.rows.JiraAccountRowSource;
import com.accountgoals.jira.rows.RowsLoader;
import com.accountgoals.jira.rows.cache.ProjectStamps;
import com.accountgoals.jira.rows.cache.RowsCache;
import com.accountgoals.jira.rows.read.BoardReader;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * The app's row source, wired as the Spring context wires it, over a {@link FakeJira}: its reader,
 * loader, stamps and cache, with everything setup records installed and Anna Berger logged in.
 */
public final class RowSources {

  private RowSources() {}

  /** The row source over {@code jira} with the administrator's {@code settings}. */
  public static JiraAccountRowSource over(FakeJira jira, AdminSettings settings) {
    FakeCacheManager caches = new FakeCacheManager(jira.calls());
    ProjectStamps stamps = new ProjectStamps(caches);
    AdminSettingsStore settingsStore = store(settings);
    InstalledItemsStore itemsStore = items(Setup.installed());
    JiraAuthenticationContext anna = anna();
    RowsLoader loader =
        new RowsLoader(
            anna,
            new BoardReader(jira, jira, jira, jira, jira, Setup.jvmZone()),
            settingsStore,
            itemsStore,
            stamps);
    return new JiraAccountRowSource(
        anna, jira, jira, settingsStore, itemsStore, stamps, new RowsCache(caches, stamps, loader));
  }

  private static AdminSettingsStore store(AdminSettings settings) {
    return new AdminSettingsStore() {
      @Override
      public AdminSettings load() {
        return settings;
      }

      @Override
      public void save(AdminSettings ignored) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static InstalledItemsStore items(InstalledItems items) {
    return new InstalledItemsStore() {
      @Override
      public InstalledItems load() {
        return items;
      }

      @Override
      public void save(InstalledItems ignored) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static JiraAuthenticationContext anna() {
    ApplicationUser user = Jiras.user("anna", "Anna Berger");
    return new JiraAuthenticationContext() {
      @Override
      public I18nHelper getI18nHelper() {
        return null;
      }

      @Override
      public ApplicationUser getLoggedInUser() {
        return user;
      }
    };
  }
}
