package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Set;

/**
 * Stand-in for Jira's base class of single-valued custom field types ({@code @PublicSpi}).
 *
 * <p>Mirrors the 6.x jira-api source and the Jira 7.x Javadoc of its subclasses, e.g.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/StringCFType.html;
 * Jira Software 10.6 and 11.1 Javadoc still show it in their custom fields' hierarchies (indirect
 * evidence for 10.x). The static {@code log} field is left out because its type changed between
 * versions; the app uses its own slf4j logger.
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

  protected static final String FIELD_TYPE_STRING = "stringvalue";
  protected static final String FIELD_TYPE_TEXT = "textvalue";
  protected static final String FIELD_TYPE_DATE = "datevalue";
  protected static final String FIELD_TYPE_NUMBER = "numbervalue";

  protected final CustomFieldValuePersister customFieldValuePersister;
  protected final GenericConfigManager genericConfigManager;

  protected AbstractSingleFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager) {
    this.customFieldValuePersister = customFieldValuePersister;
    this.genericConfigManager = genericConfigManager;
  }

  @Override
  public T getValueFromIssue(CustomField field, Issue issue) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public Set<Long> remove(CustomField field) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public void createValue(CustomField field, Issue issue, T value) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public void updateValue(CustomField customField, Issue issue, T value) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public void setDefaultValue(FieldConfig fieldConfig, T value) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public T getDefaultValue(FieldConfig fieldConfig) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public void validateFromParams(
      CustomFieldParams relevantParams,
      ErrorCollection errorCollectionToAddTo,
      FieldConfig config) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public T getValueFromCustomFieldParams(CustomFieldParams relevantParams)
      throws FieldValidationException {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public String getChangelogValue(CustomField field, T value) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  protected abstract PersistenceFieldType getDatabaseType();

  protected abstract Object getDbValueFromObject(T customFieldObject);

  protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
