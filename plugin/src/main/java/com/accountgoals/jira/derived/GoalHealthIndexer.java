package com.accountgoals.jira.derived;

import com.accountgoals.core.trajectory.Health;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.DocumentConstants;
import com.atlassian.jira.issue.index.indexers.impl.AbstractCustomFieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Puts a business goal's health into Jira's issue index, so that JQL {@code "Goal health" = "off
 * track"}, {@code = OFF_TRACK} and {@code in (behind, "off track")} find it and the navigator sorts
 * by it (off track first when descending). The exact-text searcher matches the typed value as one
 * exact, case-sensitive term on the field id (see {@code TrafficLightIndexer} for the evidence), so
 * every spelling of {@link HealthTerms#all} is written as an un-analysed term; the constant is the
 * stored one.
 *
 * <p>A class of its own: Jira 10.4 deprecates this indexer API and Jira 11 replaces it.
 */
public final class GoalHealthIndexer extends AbstractCustomFieldIndexer {

  public GoalHealthIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField) {
    super(fieldVisibilityManager, customField);
  }

  @Override
  public void addDocumentFieldsSearchable(Document doc, Issue issue) {
    health(issue)
        .ifPresent(
            health -> {
              for (String term : HealthTerms.all(health)) {
                boolean stored = term.equals(HealthTerms.constant(health));
                doc.add(
                    new StringField(
                        getDocumentFieldId(), term, stored ? Field.Store.YES : Field.Store.NO));
              }
              doc.add(
                  new SortedDocValuesField(
                      DocumentConstants.LUCENE_SORTFIELD_PREFIX + getDocumentFieldId(),
                      new BytesRef(sortKey(health))));
            });
  }

  @Override
  public void addDocumentFieldsNotSearchable(Document doc, Issue issue) {
    // A hidden field is kept in the document for display, but cannot be searched.
    health(issue)
        .ifPresent(health -> doc.add(new StoredField(getDocumentFieldId(), health.name())));
  }

  /** Orders not measured, on track, watch, behind, off track: increasing concern. */
  static String sortKey(Health health) {
    int concern = health == Health.NOT_MEASURED ? 0 : health.ordinal() + 1;
    return concern + "-" + health.name();
  }

  private Optional<Health> health(Issue issue) {
    Object value = customField.getValue(issue);
    return HealthTerms.parse(value instanceof String text ? text : null);
  }
}
