package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stand-in for Jira's custom field manager ({@code @PublicApi}): finds a custom field by the id
 * setup recorded ({@code customfield_10100}).
 *
 * <p>Mirrors https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
 * (7.x): {@code CustomField getCustomFieldObject(String id)}, null when there is none.
 */
public interface CustomFieldManager {

  CustomField getCustomFieldObject(String id);
}
