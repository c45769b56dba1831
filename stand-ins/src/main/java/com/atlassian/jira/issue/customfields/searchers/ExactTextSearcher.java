package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Stand-in for Jira's exact-text custom field searcher ({@code @PublicSpi @PublicApi}): JQL {@code
 * =}, {@code !=}, {@code in}, {@code not in}, {@code is empty} against one exact, case-sensitive
 * index term.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/searchers/ExactTextSearcher.html
 * (7.x), where the three-argument constructor is the only one; a plugin built for Jira 10 and 11
 * subclasses it with the same constructor (alanmosely/jira-watcher-field-plugin, WatcherSearcher).
 * Jira's class extends {@code AbstractInitializationCustomFieldSearcher}; that hierarchy is not
 * mirrored because the app only calls the constructor.
 */
public class ExactTextSearcher {

  public ExactTextSearcher(
      JqlOperandResolver jqlOperandResolver,
      CustomFieldInputHelper customFieldInputHelper,
      FieldVisibilityManager fieldVisibilityManager) {}
}
