package com.accountgoals.jira.trafficlight;

import com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * The traffic light's searcher: Jira's exact-text searcher, over the colour terms that {@link
 * TrafficLightIndexer} writes, so that JQL {@code "Traffic light" = RED}, {@code != GREEN}, {@code
 * in (RED, AMBER)} and {@code is EMPTY} work.
 *
 * <p>A subclass rather than Jira's class named in the descriptor, so that the searcher is a class
 * of this app's bundle (its imports are generated from the code and checked by the build) and its
 * constructor arguments are declared beans of the app's Spring context.
 */
public class TrafficLightSearcher extends ExactTextSearcher {

  public TrafficLightSearcher(
      JqlOperandResolver jqlOperandResolver,
      CustomFieldInputHelper customFieldInputHelper,
      FieldVisibilityManager fieldVisibilityManager) {
    super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager);
  }
}
