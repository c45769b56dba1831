package com.accountgoals.jira.indexing;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.List;

/**
 * The indexers of the traffic-light and goal-health fields on Jira 11: none of the app's own.
 *
 * <p>Jira 11 removed the Lucene indexer API the Jira 10 indexers are written on, and apps can no
 * longer import Lucene. Its replacement ({@code com.atlassian.jira.search.issue.index.indexers})
 * could not be confirmed member by member from public sources (see README "Two jars"), so this
 * class declares no indexer: {@code null}, as a field type without indexers of its own does, and
 * Jira then indexes the field through its searcher's own indexer (Jira's exact-text indexer). Same
 * erased signature as on Jira 10 ({@code List getRelatedIndexers(CustomField)}), so the field types
 * need no variant of their own.
 *
 * <p>What search then cannot do on Jira 11: JQL on a traffic light by colour ({@code = RED}) finds
 * nothing, since Jira's indexer indexes the whole stored value; goal health is found only by its
 * constant ({@code = OFF_TRACK}), not by a translated spelling; neither sorts in the app's order.
 */
public final class FieldIndexers {

  /** The same constructor as on Jira 10, so that both jars share one Spring XML. */
  public FieldIndexers(FieldVisibilityManager fieldVisibilityManager) {
    // Nothing to keep: no indexer of the app's own on Jira 11.
  }

  /** No indexer of the app's own: Jira's exact-text searcher indexes the stored value. */
  public List<FieldIndexer> trafficLight(CustomField field) {
    return null;
  }

  /** No indexer of the app's own: Jira's exact-text searcher indexes the stored constant. */
  public List<FieldIndexer> goalHealth(CustomField field) {
    return null;
  }
}
