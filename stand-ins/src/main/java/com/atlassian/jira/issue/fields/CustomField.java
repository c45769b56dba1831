package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Stand-in for a custom field ({@code @PublicApi}). Jira's interface extends many more field
 * interfaces; only {@link Field} and the members the app calls are mirrored.
 *
 * <p>Mirrors the 6.3 jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html (7.x),
 * including {@code getUntranslatedName()}: the name Jira writes into the change history.
 */
public interface CustomField extends Field {

  Long getIdAsLong();

  Object getValue(Issue issue);

  /** Its type; 6.3 source and 7.x. */
  CustomFieldType getCustomFieldType();

  /**
   * Its contexts; called by a plugin built against jira-api 11.3.6 and 8.20.30
   * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java).
   */
  List<FieldConfigScheme> getConfigurationSchemes();

  /** The name Jira writes into the change history; 6.3 source and 7.x. */
  String getUntranslatedName();
}
