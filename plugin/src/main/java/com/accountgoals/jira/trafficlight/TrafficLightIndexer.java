package com.accountgoals.jira.trafficlight;

import com.accountgoals.core.trafficlight.Colour;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.DocumentConstants;
import com.atlassian.jira.issue.index.indexers.impl.AbstractCustomFieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Puts a traffic light's overall colour into Jira's issue index, so that JQL {@code "Traffic light"
 * = RED} and {@code in (RED, AMBER)} find issues by colour and the issue navigator can sort by it
 * (red first when descending).
 *
 * <p>Why this indexer exists and how we know it is used: Jira indexes a custom field only through
 * its searcher, and a searcher's indexers are {@code CustomFieldType.getRelatedIndexers(field)}
 * when that is not null, otherwise the searcher's own ({@code CustomFieldSearcherInformation},
 * jira-core 6.x source). {@code ExactTextSearcher}'s own indexer would index {@code
 * getStringFromSingularObject(value)}, the whole stored text, which no JQL value can equal. Its JQL
 * clause, though, is an exact, case-sensitive term query on the field id with the value as typed
 * ({@code ActualValueCustomFieldClauseQueryFactory} with {@code SimpleIndexValueConverter(false)},
 * jira-core 6.x source). So this indexer writes the overall colour as un-analysed terms under the
 * field id: {@code RED} and, for people who type JQL in lower case, {@code red}.
 *
 * <p>What could not be checked here: the Lucene version of Jira 10.3 (Jira 8 moved to Lucene 7.3;
 * {@code StringField}, {@code StoredField} and {@code SortedDocValuesField} are unchanged from
 * Lucene 5 to 9) and that sorting reads doc values named {@code sort_<field id>}, which is where
 * Jira 8+ keeps sort values since it dropped Lucene's field cache. Jira 10.4 deprecates this
 * indexer API and Jira 11 replaces it; the Jira 11 build needs its own indexer.
 */
public final class TrafficLightIndexer extends AbstractCustomFieldIndexer {

  public TrafficLightIndexer(
      FieldVisibilityManager fieldVisibilityManager, CustomField customField) {
    super(fieldVisibilityManager, customField);
  }

  @Override
  public void addDocumentFieldsSearchable(Document doc, Issue issue) {
    overallColour(issue)
        .ifPresent(
            colour -> {
              doc.add(new StringField(getDocumentFieldId(), colour.name(), Field.Store.YES));
              doc.add(
                  new StringField(
                      getDocumentFieldId(),
                      colour.name().toLowerCase(Locale.ROOT),
                      Field.Store.NO));
              doc.add(
                  new SortedDocValuesField(
                      DocumentConstants.LUCENE_SORTFIELD_PREFIX + getDocumentFieldId(),
                      new BytesRef(sortKey(colour))));
            });
  }

  @Override
  public void addDocumentFieldsNotSearchable(Document doc, Issue issue) {
    // A hidden field is kept in the document for display, but cannot be searched.
    overallColour(issue)
        .ifPresent(colour -> doc.add(new StoredField(getDocumentFieldId(), colour.name())));
  }

  /** Orders green, amber, red: the order of increasing concern. */
  static String sortKey(Colour colour) {
    return colour.ordinal() + "-" + colour.name();
  }

  private Optional<Colour> overallColour(Issue issue) {
    Object value = customField.getValue(issue);
    if (!(value instanceof String stored) || stored.isEmpty()) {
      return Optional.empty();
    }
    // An unreadable value has no colour: it is not found by colour and sorts with the empty ones.
    return StoredTrafficLight.read(stored) instanceof StoredTrafficLight.Readable readable
        ? readable.light().overall()
        : Optional.empty();
  }
}
