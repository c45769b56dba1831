package com.accountgoals.jira.testing;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A custom field holding stored values per issue, as Jira's would after loading them. */
public final class FakeCustomField implements CustomField {

  private final long id;
  private final String name;
  private final Map<Issue, Object> values = new HashMap<>();

  public FakeCustomField(long id, String name) {
    this.id = id;
    this.name = name;
  }

  /** Gives {@code issue} the stored value {@code value}. */
  public FakeCustomField with(Issue issue, Object value) {
    values.put(issue, value);
    return this;
  }

  @Override
  public String getId() {
    return "customfield_" + id;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Long getIdAsLong() {
    return id;
  }

  @Override
  public Object getValue(Issue issue) {
    return values.get(issue);
  }

  @Override
  public CustomFieldType getCustomFieldType() {
    throw new UnsupportedOperationException("not needed by the tests that use this fake");
  }

  @Override
  public List<FieldConfigScheme> getConfigurationSchemes() {
    throw new UnsupportedOperationException("not needed by the tests that use this fake");
  }

  @Override
  public String getUntranslatedName() {
    return name;
  }
}
