package com.accountgoals.jira.rows.fakes;

import com.accountgoals.jira.catalogue.AppField;
import com.accountgoals.jira.rows.mapping.AppFields;
import com.accountgoals.jira.settings.InstalledItems;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;

/** A custom field manager that knows the test setup's fields. */
public final class Fields implements CustomFieldManager {

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

  // Setup's members of the managers; the row source never calls them.

  @Override
  public CustomField createCustomField(
      String fieldName,
      String description,
      CustomFieldType fieldType,
      CustomFieldSearcher customFieldSearcher,
      List<JiraContextNode> contexts,
      List<IssueType> issueTypes) {
    throw new UnsupportedOperationException("the row source creates no fields");
  }

  @Override
  public CustomFieldType getCustomFieldType(String key) {
    throw new UnsupportedOperationException("the row source reads no field types");
  }

  @Override
  public CustomFieldSearcher getCustomFieldSearcher(String key) {
    throw new UnsupportedOperationException("the row source reads no searchers");
  }

  @Override
  public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
    throw new UnsupportedOperationException("the row source finds fields by id only");
  }
}
