package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.plugin.customfield.CustomFieldTypeModuleDescriptor;
import com.atlassian.jira.web.bean.BulkEditBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for Jira's base class of custom field types ({@code @PublicSpi}).
 *
 * <p>Mirrors the 6.x and 4.4.3 jira-api source and the Jira 7.x Javadoc of its subclasses, e.g.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html
 * (no Jira 10.3 page exists). {@code getKey}, {@code getName}, {@code getDescription} and {@code
 * getDescriptor} are {@code final} in Jira, so they are final here: an override that compiled
 * against a non-final stand-in would be rejected by Jira's class loader. Members of the real class
 * that the app does not use (the visitor, {@code getI18nBean}, the final {@code
 * getVelocityParameters(Issue)}) are left out.
 *
 * <p>Compile-only: the bodies never run in Jira. {@link #getVelocityParameters} returns a new
 * mutable map, as Jira documents, so that unit tests of subclasses can call {@code super}.
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

  private CustomFieldTypeModuleDescriptor descriptor;

  @Override
  public void init(CustomFieldTypeModuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final String getKey() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public final String getName() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public final String getDescription() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public final CustomFieldTypeModuleDescriptor getDescriptor() {
    return descriptor;
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    return new HashMap<>();
  }

  @Override
  public List<FieldConfigItemType> getConfigurationItemTypes() {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @Override
  public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
    return null;
  }

  @Override
  public boolean isRenderable() {
    return false;
  }

  @Override
  public boolean valuesEqual(T v1, T v2) {
    return v1 == null ? v2 == null : v1.equals(v2);
  }

  @Override
  public String getChangelogString(CustomField field, T value) {
    return null;
  }

  @Override
  public String availableForBulkEdit(BulkEditBean bulkEditBean) {
    return null;
  }
}
