package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for SAL's plugin settings (an interface since SAL 2.0): values are {@code String},
 * {@code List}, {@code Properties} or {@code Map}; the app stores plain strings only.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html
 * and
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/core/pluginsettings/AbstractStringPluginSettings.html
 * (the same three members, implemented).
 */
public interface PluginSettings {

  Object get(String key);

  Object put(String key, Object value);

  Object remove(String key);
}
