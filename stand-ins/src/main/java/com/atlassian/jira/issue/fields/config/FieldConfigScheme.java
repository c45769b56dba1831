package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for a field configuration scheme ({@code @PublicApi}): a custom field's context, or an
 * issue type scheme.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html
 * (7.x); {@code getOneAndOnlyConfig} as many plugins call it on a field's configuration schemes
 * (e.g.
 * https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java
 * calls {@code CustomField.getConfigurationSchemes()}, jira-api 11.3.6 and 8.20.30).
 */
public interface FieldConfigScheme {

  String getName();

  FieldConfig getOneAndOnlyConfig();
}
