package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.plugin.customfield.CustomFieldTypeModuleDescriptor;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.BulkEditBean;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stand-in for Jira's custom field type interface ({@code @PublicApi @PublicSpi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * (Jira 7.x Javadoc) and the 6.x jira-api source. Every member below is confirmed there. Members
 * added in 7.x and later ({@code isUserInputRequiredForMove}, {@code getCloneValue}, {@code
 * getCloneOptionConfiguration}) are left out on purpose: their full signatures could not be
 * confirmed, the app does not call them, and Jira's own {@code AbstractCustomFieldType} supplies
 * them at run time.
 */
public interface CustomFieldType<T, S> {

  String DEFAULT_VALUE_TYPE = "DefaultValue";
  String RESOURCE_PREVIEW = "customfieldpreview.png";

  void init(CustomFieldTypeModuleDescriptor customFieldTypeModuleDescriptor);

  String getKey();

  String getName();

  String getDescription();

  CustomFieldTypeModuleDescriptor getDescriptor();

  String getStringFromSingularObject(S singularObject);

  S getSingularObjectFromString(String string) throws FieldValidationException;

  Set<Long> remove(CustomField field);

  void validateFromParams(
      CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config);

  void createValue(CustomField field, Issue issue, T value);

  void updateValue(CustomField field, Issue issue, T value);

  T getValueFromCustomFieldParams(CustomFieldParams parameters) throws FieldValidationException;

  Object getStringValueFromCustomFieldParams(CustomFieldParams parameters);

  T getValueFromIssue(CustomField field, Issue issue);

  T getDefaultValue(FieldConfig fieldConfig);

  void setDefaultValue(FieldConfig fieldConfig, T value);

  String getChangelogValue(CustomField field, T value);

  String getChangelogString(CustomField field, T value);

  Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);

  List<FieldConfigItemType> getConfigurationItemTypes();

  List<FieldIndexer> getRelatedIndexers(CustomField customField);

  boolean isRenderable();

  boolean valuesEqual(T v1, T v2);

  String availableForBulkEdit(BulkEditBean bulkEditBean);
}
