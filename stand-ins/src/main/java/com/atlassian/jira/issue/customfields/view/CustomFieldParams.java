package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Stand-in for the parameters a custom field receives from a form or from Jira
 * ({@code @PublicApi}): values under the null key and under sub-keys ({@code
 * customfield_10000:colour} arrives under the key {@code colour}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/view/CustomFieldParams.html
 * (7.x). Only the members the app uses beyond the inherited ones are declared.
 */
public interface CustomFieldParams extends FieldTransportParams {

  CustomField getCustomField();
}
