package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.accountgoals.jira.settings.InstalledItems;
import com.accountgoals.jira.settings.InstalledItemsStore;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids setup has recorded, saved after every item, so that a run that stops half-way (a node
 * shut down, Jira refused an item) is resumed by the next run instead of duplicating what it made.
 * One per run, used under the cluster lock.
 */
final class Recorder {

  private final InstalledItemsStore store;
  private InstalledItems items;

  Recorder(InstalledItemsStore store) {
    this.store = store;
    this.items = store.load();
  }

  InstalledItems items() {
    return items;
  }

  void issueType(AppIssueType type, String id) {
    Map<AppIssueType, String> issueTypes = new EnumMap<>(AppIssueType.class);
    issueTypes.putAll(items.issueTypes());
    issueTypes.put(type, id);
    save(new InstalledItems(issueTypes, items.fields(), items.options(), items.linkType()));
  }

  void field(AppField field, String id) {
    Map<AppField, String> fields = new EnumMap<>(AppField.class);
    fields.putAll(items.fields());
    fields.put(field, id);
    save(new InstalledItems(items.issueTypes(), fields, items.options(), items.linkType()));
  }

  void option(AppField field, String option, Long id) {
    Map<AppField, Map<String, Long>> options = new EnumMap<>(AppField.class);
    options.putAll(items.options());
    Map<String, Long> ids = new HashMap<>(options.getOrDefault(field, Map.of()));
    ids.put(option, id);
    options.put(field, ids);
    save(new InstalledItems(items.issueTypes(), items.fields(), options, items.linkType()));
  }

  void linkType(Long id) {
    save(new InstalledItems(items.issueTypes(), items.fields(), items.options(), id));
  }

  private void save(InstalledItems changed) {
    store.save(changed);
    items = changed;
  }
}
