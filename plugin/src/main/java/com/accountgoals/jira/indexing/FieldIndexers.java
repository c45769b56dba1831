package com.accountgoals.jira.indexing;

import com.accountgoals.jira.derived.GoalHealthIndexer;
import com.accountgoals.jira.trafficlight.TrafficLightIndexer;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.List;

/**
 * The indexers of the traffic-light and goal-health fields, on Jira 10's Lucene indexer API. The
 * only class the field types ask, so that the Jira 11 jar can swap it at build time for a class of
 * the same name without touching the field types (see the module {@code plugin-jira11}).
 */
public final class FieldIndexers {

  private final FieldVisibilityManager fieldVisibilityManager;

  public FieldIndexers(FieldVisibilityManager fieldVisibilityManager) {
    this.fieldVisibilityManager = fieldVisibilityManager;
  }

  /** The traffic-light field's indexer: the overall colour as a JQL term. */
  public List<FieldIndexer> trafficLight(CustomField field) {
    return List.of(new TrafficLightIndexer(fieldVisibilityManager, field));
  }

  /** The goal-health field's indexer: every spelling of the health as a JQL term. */
  public List<FieldIndexer> goalHealth(CustomField field) {
    return List.of(new GoalHealthIndexer(fieldVisibilityManager, field));
  }
}
