package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Stand-in for the context provider of a web fragment (atlassian-plugins-webfragment): adds entries
 * to the context a web panel's template is rendered with. Jira's {@code init} declares the checked
 * {@code com.atlassian.plugin.PluginParseException}; a {@code throws} clause does not take part in
 * linking, and the app's provider throws nothing, so it is left out.
 *
 * <p>The interface's page, atlassian-plugins 2.9.0
 * (https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html);
 * implemented with these two members by Bamboo 9.0.1 (Platform 6)
 * (https://docs.atlassian.com/atlassian-bamboo/9.0.1/com/atlassian/bamboo/plugins/web/conditions/LoginLinkContextProvider.html)
 * and by Jira's own {@code AbstractJiraContextProvider}, Jira 7.x
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/contextproviders/AbstractJiraContextProvider.html).
 */
public interface ContextProvider {

  void init(Map<String, String> params);

  Map<String, Object> getContextMap(Map<String, Object> context);
}
