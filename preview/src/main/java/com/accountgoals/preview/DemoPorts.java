package com.accountgoals.preview;

import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.jira.i18n.MessageTexts;
import com.accountgoals.jira.i18n.UserMessages;
import com.accountgoals.jira.rest.AccountServices;
import com.accountgoals.jira.settings.AdminSettings;
import com.accountgoals.jira.settings.AdminSettingsStore;
import com.accountgoals.jira.settings.SettingsBuilder;
import com.accountgoals.jira.testing.BundleI18n;
import com.accountgoals.jira.testing.TestI18n;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ports the REST resources stand on, in memory: every demo account's rows, access to exactly
 * the demo accounts (any other key gets the one 404), the account's own story day as "today", its
 * fiscal year as the administrator's setting, and texts in the caller's language.
 */
final class DemoPorts {

  private DemoPorts() {}

  /**
   * The services over {@code accounts}, answering for the account and language of {@code caller}.
   */
  static AccountServices services(DemoAccounts accounts, Caller caller) {
    return new AccountServices(
        accounts.rows(),
        accounts::has,
        new AccountSettings(caller),
        () -> caller.account().today());
  }

  /** Translated texts, from the app's bundles in the caller's language. */
  static MessageTexts texts(Caller caller) {
    Map<Language, MessageTexts> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byLanguage.put(
          language, new UserMessages(TestI18n.withHelper(new BundleI18n(language.locale()))));
    }
    return (key, arguments) -> byLanguage.get(caller.language()).text(key, arguments);
  }

  /** The administrator's settings as the account's fiscal calendar says; nothing is saved. */
  private record AccountSettings(Caller caller) implements AdminSettingsStore {

    @Override
    public AdminSettings load() {
      SampleAccount account = caller.account();
      return SettingsBuilder.settings()
          .projects(List.of())
          .cap(AdminSettings.MAX_SEARCH_CAP)
          .month(account.calendar().firstMonth())
          .naming(account.calendar().naming())
          .build();
    }

    @Override
    public void save(AdminSettings settings) {
      throw new UnsupportedOperationException("the preview's settings are those of its accounts");
    }
  }
}
