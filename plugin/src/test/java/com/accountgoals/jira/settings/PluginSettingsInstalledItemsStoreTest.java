package com.accountgoals.jira.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.testing.InMemoryPluginSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Installed items in SAL plugin settings")
class PluginSettingsInstalledItemsStoreTest {

  private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
  private final StoreLog log = new StoreLog();
  private final PluginSettingsInstalledItemsStore store =
      new PluginSettingsInstalledItemsStore(settings, log.logger);

  private static final InstalledItems SOME =
      new InstalledItems(
          Map.of(AppIssueType.GOAL, "10001", AppIssueType.MILESTONE, "10002"),
          Map.of(AppField.TARGET, "customfield_10100", AppField.SCOPE, "customfield_10101"),
          Map.of(AppField.SCOPE, Map.of("INDIVIDUAL", 10200L, "TEAM", 10201L)),
          10300L);

  @Test
  void readsNothingBeforeSetupRan() {
    assertThat(store.load()).isEqualTo(InstalledItems.none());
  }

  @Test
  void readsBackWhatItSavedWithoutComplaining() {
    store.save(SOME);

    assertThat(store.load()).isEqualTo(SOME);
    log.quiet();
  }

  @Test
  void keepsEachItemUnderItsOwnFlatKeyAsPlainText() {
    store.save(SOME);

    assertThat(settings.values())
        .containsEntry("com.accountgoals.jira.installed.issuetype.GOAL", "10001")
        .containsEntry("com.accountgoals.jira.installed.field.TARGET", "customfield_10100")
        .containsEntry(
            "com.accountgoals.jira.installed.options.SCOPE", "INDIVIDUAL=10200,TEAM=10201")
        .containsEntry("com.accountgoals.jira.installed.linktype", "10300");
  }

  @Test
  void removesTheKeysOfItemsNoLongerRecorded() {
    store.save(SOME);

    store.save(InstalledItems.none());

    assertThat(settings.values()).isEmpty();
  }

  @Nested
  @DisplayName("with values an administrator edited by hand")
  class EditedByHand {

    @Test
    void readsAnUnreadableIssueTypeIdAsNotRecordedAndKeepsIt() {
      settings.put("com.accountgoals.jira.installed.issuetype.GOAL", "goal");
      settings.put("com.accountgoals.jira.installed.issuetype.MILESTONE", " 10002 ");

      InstalledItems items = store.load();

      assertThat(items.issueTypeId(AppIssueType.GOAL)).isEmpty();
      assertThat(items.issueTypeId(AppIssueType.MILESTONE)).contains("10002");
      assertThat(settings.get("com.accountgoals.jira.installed.issuetype.GOAL")).isEqualTo("goal");
      log.warned("com.accountgoals.jira.installed.issuetype.GOAL", "goal");
    }

    @Test
    void readsAFieldIdThatIsNotACustomFieldIdAsNotRecorded() {
      settings.put("com.accountgoals.jira.installed.field.TARGET", "10100");
      settings.put("com.accountgoals.jira.installed.field.ACTUAL", "customfield_10102");

      InstalledItems items = store.load();

      assertThat(items.fieldId(AppField.TARGET)).isEmpty();
      assertThat(items.fieldId(AppField.ACTUAL)).contains("customfield_10102");
    }

    @Test
    void leavesOutOnlyTheUnreadableOptionPairs() {
      settings.put(
          "com.accountgoals.jira.installed.options.SCOPE",
          "INDIVIDUAL=10200,,NOBODY=1,TEAM=x,COMPANY,COMPANY=0,TEAM=10201");

      InstalledItems items = store.load();

      assertThat(items.options())
          .containsEntry(AppField.SCOPE, Map.of("INDIVIDUAL", 10200L, "TEAM", 10201L));
      String key = "com.accountgoals.jira.installed.options.SCOPE";
      log.warned(key, "NOBODY=1");
      log.warned(key, "TEAM=x");
      log.warned(key, "COMPANY");
      log.warned(key, "COMPANY=0");
    }

    @Test
    void readsNoOptionsWhenNoPairCanBeRead() {
      settings.put("com.accountgoals.jira.installed.options.SCOPE", "nonsense");

      assertThat(store.load().options()).isEmpty();
    }

    @Test
    void readsAValueThatIsNotTextAsNotRecorded() {
      settings.put("com.accountgoals.jira.installed.linktype", List.of("10300"));

      assertThat(store.load().linkTypeId()).isEmpty();
      log.warned("com.accountgoals.jira.installed.linktype", List.of("10300"));
    }

    @Test
    void readsANegativeOrZeroLinkTypeIdAsNotRecorded() {
      settings.put("com.accountgoals.jira.installed.linktype", "0");

      assertThat(store.load().linkTypeId()).isEmpty();
    }
  }
}
