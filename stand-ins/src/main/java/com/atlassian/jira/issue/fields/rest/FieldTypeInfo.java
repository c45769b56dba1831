package com.atlassian.jira.issue.fields.rest;

import java.util.Collection;

/**
 * Stand-in for what REST edit and create meta data say about a field: allowed values and an
 * auto-complete address, either may be null ({@code @PublicApi}).
 *
 * <p>Mirrors the 6.x jira-api source and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldTypeInfo.html
 * (7.x). A plain value holder, as in Jira.
 */
public class FieldTypeInfo {

  private final Collection<?> allowedValues;
  private final String autoCompleteUrl;

  public FieldTypeInfo(Collection<?> allowedValues, String autoCompleteUrl) {
    this.allowedValues = allowedValues;
    this.autoCompleteUrl = autoCompleteUrl;
  }

  public Collection<?> getAllowedValues() {
    return allowedValues;
  }

  public String getAutoCompleteUrl() {
    return autoCompleteUrl;
  }
}
