package com.atlassian.plugin.web;

import java.util.Map;

/**
 * Stand-in for the condition of a web fragment (atlassian-plugins-webfragment): decides whether a
 * web item, section or panel is shown. Jira's {@code init} declares the checked {@code
 * com.atlassian.plugin.PluginParseException}; a {@code throws} clause does not take part in
 * linking, and the app's condition throws nothing, so it is left out.
 *
 * <p>Platform 7 (the platform of Jira 10): implemented by a Bamboo 10.0.0 class with these two
 * members, {@code init(Map<String,String>)} and {@code shouldDisplay(Map<String,Object>)}
 * (https://docs.atlassian.com/atlassian-bamboo/10.0.0/com/atlassian/bamboo/plugins/jiraPlugin/JiraResultWebItemCondition.html);
 * the interface's own page, atlassian-plugins-webfragment 2.13.2
 * (https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html).
 * On Jira's issue view the context holds the issue under {@code "issue"} (a plugin built against
 * jira-api 9.12.0:
 * https://github.com/alanmosely/basic-jira-development-panels/blob/65db6cdb93f138bd6604064baf88a3d0eb437daa/src/main/resources/atlassian-plugin.xml
 * and its {@code PullRequestExistsCondition}).
 */
public interface Condition {

  void init(Map<String, String> params);

  boolean shouldDisplay(Map<String, Object> context);
}
