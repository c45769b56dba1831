package com.atlassian.jira.issue.index.indexers;

import com.atlassian.jira.issue.Issue;
import org.apache.lucene.document.Document;

/**
 * Stand-in for Jira 10.3's Lucene field indexer ({@code @PublicSpi}).
 *
 * <p>Mirrors the jira-api source (4.x to 6.x) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/index/indexers/FieldIndexer.html
 * (7.x). Jira Software 10.6.0's Javadoc still implements {@code
 * addIndex(org.apache.lucene.document.Document, Issue)}
 * (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/epiclabel/EpicLabelCustomFieldIndexer.html).
 * Deprecated from Jira 10.4 and replaced in Jira 11 by {@code
 * com.atlassian.jira.search.issue.index.indexers.FieldIndexer}. Overloads added in 8.x to 10.x
 * (with {@code CustomFieldPrefetchedData}) could not be confirmed and are left out.
 */
public interface FieldIndexer {

  String NO_VALUE_INDEX_VALUE = "-1";

  String getId();

  String getDocumentFieldId();

  void addIndex(Document doc, Issue issue);

  boolean isFieldVisibleAndInScope(Issue issue);
}
