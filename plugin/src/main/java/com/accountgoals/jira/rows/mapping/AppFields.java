package com.accountgoals.jira.rows.mapping;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's custom fields a board reads, found once per board by the ids setup recorded, never by
 * their names. A field without an id (setup has not run) or whose id Jira no longer knows (an
 * administrator deleted it) is missing: its values read as unset.
 */
public final class AppFields {

  /** The fields a goal's row is read from; the calculated progress and health are not. */
  static final Set<AppField> READ =
      Collections.unmodifiableSet(
          EnumSet.complementOf(EnumSet.of(AppField.PROGRESS, AppField.HEALTH)));

  private final Map<AppField, CustomField> fields;
  private final EnumSet<AppField> missing;

  private AppFields(Map<AppField, CustomField> fields, EnumSet<AppField> missing) {
    this.fields = fields;
    this.missing = missing;
  }

  /** Finds each field the rows need: one lookup per field, for the whole board. */
  public static AppFields resolve(InstalledItems items, CustomFieldManager customFields) {
    Map<AppField, CustomField> found = new EnumMap<>(AppField.class);
    EnumSet<AppField> missing = EnumSet.noneOf(AppField.class);
    for (AppField field : READ) {
      CustomField customField =
          items.fieldId(field).map(customFields::getCustomFieldObject).orElse(null);
      if (customField == null) {
        missing.add(field);
      } else {
        found.put(field, customField);
      }
    }
    return new AppFields(found, missing);
  }

  /** The custom field of {@code field}, unless it is missing. */
  public Optional<CustomField> field(AppField field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** The fields the rows need that Jira does not have. */
  public Set<AppField> missing() {
    return EnumSet.copyOf(missing);
  }
}
