package com.accountgoals.jira.testing;

import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom field parameters as Jira builds them from a request: values under the null key (the field
 * id itself) and under sub-keys ({@code customfield_10000:colour} as {@code colour}).
 */
public final class FormParams implements CustomFieldParams {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private FormParams() {}

  /** Parameters as posted: {@code key, value, key, value, ...}; a null key is the field id. */
  public static FormParams of(String... keysAndValues) {
    FormParams params = new FormParams();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params
          .values
          .computeIfAbsent(keysAndValues[i], k -> new ArrayList<>())
          .add(keysAndValues[i + 1]);
    }
    return params;
  }

  /** The value Jira puts under the null key when it fills a form from the stored value. */
  public static FormParams stored(String storedText) {
    return of(null, storedText);
  }

  @Override
  public CustomField getCustomField() {
    return null;
  }

  @Override
  public Object getFirstValueForNullKey() {
    return getFirstValueForKey(null);
  }

  @Override
  public Object getFirstValueForKey(String key) {
    List<String> list = values.get(key);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  @Override
  public Collection<String> getAllValues() {
    return values.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public Collection<String> getValuesForNullKey() {
    return getValuesForKey(null);
  }

  @Override
  public Collection<String> getValuesForKey(String key) {
    return values.get(key);
  }

  @Override
  public void put(String key, Collection<String> value) {
    values.put(key, new ArrayList<>(value));
  }

  @Override
  public Set<String> getAllKeys() {
    return values.keySet();
  }

  @Override
  public Map<String, ?> getKeysAndValues() {
    return values;
  }

  @Override
  public boolean containsKey(String key) {
    return values.containsKey(key);
  }

  @Override
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return "FormParams" + values;
  }
}
