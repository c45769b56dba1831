package com.accountgoals.jira.derived;

import com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * The goal health's searcher: Jira's exact-text searcher over the spellings {@link
 * GoalHealthIndexer} writes, so that JQL {@code "Goal health" = "off track"}, {@code != "on
 * track"}, {@code in (behind, "off track")} and {@code is EMPTY} work. A subclass so that it is a
 * class of the app's bundle, as the traffic light's searcher is.
 */
public class GoalHealthSearcher extends ExactTextSearcher {

  public GoalHealthSearcher(
      JqlOperandResolver jqlOperandResolver,
      CustomFieldInputHelper customFieldInputHelper,
      FieldVisibilityManager fieldVisibilityManager) {
    super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager);
  }
}
