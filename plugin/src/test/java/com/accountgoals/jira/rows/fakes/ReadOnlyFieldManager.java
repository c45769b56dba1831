package com.accountgoals.jira.rows.fakes;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;

/**
 * A custom field manager as the row source sees it: it finds fields by id (the subclass's part) and
 * refuses setup's members, which the row source never calls, so a test fails if it ever does.
 */
abstract class ReadOnlyFieldManager implements CustomFieldManager {

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
