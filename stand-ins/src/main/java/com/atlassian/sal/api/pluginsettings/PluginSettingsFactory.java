package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for SAL's factory of plugin settings (an interface since SAL 2.0).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html;
 * called the same way by a plugin built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/customfields/CustomFieldProvisioner.java).
 */
public interface PluginSettingsFactory {

  PluginSettings createGlobalSettings();
}
