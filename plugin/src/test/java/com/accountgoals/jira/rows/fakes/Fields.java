package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.rows.mapping.AppFields;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.fields.CustomField;

/** A custom field manager that knows the test setup's fields. */
public final class Fields extends ReadOnlyFieldManager {

  @Override
  public CustomField getCustomFieldObject(String id) {
    for (AppField field : AppField.values()) {
      if (Setup.field(field).getId().equals(id)) {
        return Setup.field(field);
      }
    }
    return null;
  }

  /** The app's fields as a board resolves them against {@code items}. */
  public static AppFields resolved(InstalledItems items) {
    return AppFields.resolve(items, new Fields());
  }
}
