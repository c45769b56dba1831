package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;

/**
 * Stand-in for Jira's custom field manager ({@code @PublicApi}). {@code createCustomField} declares
 * the checked {@code org.ofbiz.core.entity.GenericEntityException} in Jira; the stand-in leaves the
 * {@code throws} clause out (it does not matter for linking) and the app catches {@code Exception}
 * around the call.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html; {@code
 * createCustomField}, {@code getCustomFieldType} and {@code getCustomFieldSearcher} called by a
 * plugin built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java).
 * {@code getCustomFieldObject(String id)} (7.x) gives null when there is none: the row source finds
 * fields only by the id setup recorded.
 */
public interface CustomFieldManager {

  CustomField createCustomField(
      String fieldName,
      String description,
      CustomFieldType fieldType,
      CustomFieldSearcher customFieldSearcher,
      List<JiraContextNode> contexts,
      List<IssueType> issueTypes);

  CustomFieldType getCustomFieldType(String key);

  CustomFieldSearcher getCustomFieldSearcher(String key);

  CustomField getCustomFieldObject(String id);

  Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
