package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Stand-in for Jira's base class of calculated custom field types ({@code @PublicSpi}): a type
 * whose value is computed from the issue, never stored or edited.
 *
 * <p>Mirrors the 6.x jira-api source of {@code
 * com.atlassian.jira.issue.customfields.impl.CalculatedCFType<T, S>} (abstract, generic, implicit
 * no-argument constructor; stores nothing, validates nothing, no default value) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
 * (Jira 7.x). Jira Software 10.6.0's {@code RankCFType extends CalculatedCFType} shows the class in
 * 10.x. Subclasses supply {@code getValueFromIssue}, {@code getStringFromSingularObject} and {@code
 * getSingularObjectFromString}. The visitor members are left out: the app does not use them.
 *
 * <p>Compile-only: the bodies mirror Jira's so that unit tests of subclasses behave as in Jira.
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

  @Override
  public Set<Long> remove(CustomField field) {
    return Collections.emptySet();
  }

  @Override
  public void validateFromParams(
      CustomFieldParams relevantParams,
      ErrorCollection errorCollectionToAddTo,
      FieldConfig config) {
    // Nothing to validate: the value is calculated.
  }

  @Override
  public void createValue(CustomField field, Issue issue, T value) {
    // Nothing stored.
  }

  @Override
  public void updateValue(CustomField field, Issue issue, T value) {
    // Nothing stored.
  }

  @Override
  public T getDefaultValue(FieldConfig fieldConfig) {
    return null;
  }

  @Override
  public void setDefaultValue(FieldConfig fieldConfig, T value) {
    // No default.
  }

  @Override
  public String getChangelogValue(CustomField field, T value) {
    return null;
  }

  @Override
  public T getValueFromCustomFieldParams(CustomFieldParams parameters)
      throws FieldValidationException {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public List<FieldConfigItemType> getConfigurationItemTypes() {
    return new ArrayList<>();
  }
}
