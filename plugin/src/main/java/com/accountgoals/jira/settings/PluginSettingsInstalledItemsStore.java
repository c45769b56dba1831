package com.accountgoals.jira.settings;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.catalogue.AppIssueType;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link InstalledItems} in SAL's global plugin settings, one flat key per item:
 *
 * <ul>
 *   <li>{@code com.accountgoals.jira.installed.issuetype.GOAL = 10001}
 *   <li>{@code com.accountgoals.jira.installed.field.TARGET = customfield_10100}
 *   <li>{@code com.accountgoals.jira.installed.options.SCOPE = INDIVIDUAL=10200,TEAM=10201}
 *   <li>{@code com.accountgoals.jira.installed.linktype = 10300}
 * </ul>
 *
 * An entry that cannot be read is logged and read as not recorded (setup then finds the item by
 * name); it stays as it is until setup saves again.
 */
public final class PluginSettingsInstalledItemsStore implements InstalledItemsStore {

  static final String KEYS = StoredSettings.PREFIX + "installed.";
  static final String LINK_TYPE_KEY = KEYS + "linktype";

  private static final Logger LOG =
      LoggerFactory.getLogger(PluginSettingsInstalledItemsStore.class);
  private static final Pattern ISSUE_TYPE_ID = Pattern.compile("[0-9]+");
  private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]+");

  private final PluginSettingsFactory settingsFactory;
  private final Logger log;

  public PluginSettingsInstalledItemsStore(PluginSettingsFactory settingsFactory) {
    this(settingsFactory, LOG);
  }

  /** With the logger that says which stored values cannot be read (tests check it). */
  PluginSettingsInstalledItemsStore(PluginSettingsFactory settingsFactory, Logger log) {
    this.settingsFactory = settingsFactory;
    this.log = log;
  }

  static String issueTypeKey(AppIssueType type) {
    return KEYS + "issuetype." + type.name();
  }

  static String fieldKey(AppField field) {
    return KEYS + "field." + field.name();
  }

  static String optionsKey(AppField field) {
    return KEYS + "options." + field.name();
  }

  @Override
  public InstalledItems load() {
    StoredSettings stored = new StoredSettings(settingsFactory.createGlobalSettings(), log);
    Map<AppIssueType, String> issueTypes = new EnumMap<>(AppIssueType.class);
    for (AppIssueType type : AppIssueType.values()) {
      stored
          .read(issueTypeKey(type), raw -> matching(raw, ISSUE_TYPE_ID))
          .ifPresent(id -> issueTypes.put(type, id));
    }
    Map<AppField, String> fields = new EnumMap<>(AppField.class);
    Map<AppField, Map<String, Long>> options = new EnumMap<>(AppField.class);
    for (AppField field : AppField.values()) {
      stored
          .read(fieldKey(field), raw -> matching(raw, FIELD_ID))
          .ifPresent(id -> fields.put(field, id));
      if (!field.options().isEmpty()) {
        stored
            .text(optionsKey(field))
            .map(raw -> readOptions(stored, field, raw))
            .filter(ids -> !ids.isEmpty())
            .ifPresent(ids -> options.put(field, ids));
      }
    }
    Long linkType = stored.read(LINK_TYPE_KEY, StoredSettings::positiveLong).orElse(null);
    return new InstalledItems(issueTypes, fields, options, linkType);
  }

  @Override
  public void save(InstalledItems items) {
    StoredSettings stored = new StoredSettings(settingsFactory.createGlobalSettings(), log);
    for (AppIssueType type : AppIssueType.values()) {
      stored.write(issueTypeKey(type), items.issueTypeId(type).orElse(null));
    }
    for (AppField field : AppField.values()) {
      stored.write(fieldKey(field), items.fieldId(field).orElse(null));
      if (!field.options().isEmpty()) {
        stored.write(optionsKey(field), writeOptions(field, items));
      }
    }
    stored.write(LINK_TYPE_KEY, items.linkTypeId().map(String::valueOf).orElse(null));
  }

  private static Optional<String> matching(String raw, Pattern pattern) {
    String trimmed = raw.trim();
    return pattern.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
  }

  /** Each {@code OPTION=id} pair; a pair that cannot be read is logged and left out. */
  private static Map<String, Long> readOptions(StoredSettings stored, AppField field, String raw) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (String pair : raw.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      Optional<Long> id =
          parts.length == 2 && field.options().contains(parts[0].trim())
              ? StoredSettings.positiveLong(parts[1])
              : Optional.empty();
      if (id.isPresent()) {
        ids.put(parts[0].trim(), id.get());
      } else {
        stored.unreadable(optionsKey(field), pair);
      }
    }
    return ids;
  }

  private static String writeOptions(AppField field, InstalledItems items) {
    String joined =
        field.options().stream()
            .flatMap(option -> items.optionId(field, option).map(id -> option + "=" + id).stream())
            .collect(Collectors.joining(","));
    return joined.isEmpty() ? null : joined;
  }
}
