package com.accountgoals.jira.testing;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SAL's global plugin settings as a map, shared by every settings object the factory makes. */
public final class InMemoryPluginSettings implements PluginSettings, PluginSettingsFactory {

  private final Map<String, Object> values = new ConcurrentHashMap<>();

  public Map<String, Object> values() {
    return values;
  }

  @Override
  public PluginSettings createGlobalSettings() {
    return this;
  }

  @Override
  public Object get(String key) {
    return values.get(key);
  }

  @Override
  public Object put(String key, Object value) {
    return value == null ? values.remove(key) : values.put(key, value);
  }

  @Override
  public Object remove(String key) {
    return values.remove(key);
  }
}
