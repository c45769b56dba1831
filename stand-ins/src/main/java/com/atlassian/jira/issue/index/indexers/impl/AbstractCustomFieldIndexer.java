package com.atlassian.jira.issue.index.indexers.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;

/**
 * Stand-in for Jira's base class of custom field indexers ({@code @PublicSpi}): it calls {@link
 * #addDocumentFieldsSearchable} when the field is visible and in scope for the issue, else {@link
 * #addDocumentFieldsNotSearchable}.
 *
 * <p>Mirrors the 6.3 jira-api source and the Jira Software 10.6.0 Javadoc of a subclass,
 * https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/rank/RankCustomFieldIndexer.html
 * (constructor, the two abstract methods and the protected {@code customField} field). {@code
 * addIndex} is final in the 6.x source; that it still is in 10.3 is not confirmed, and the app does
 * not override it either way.
 *
 * <p>The bodies follow the documented behaviour so that unit tests of subclasses can call {@link
 * #addIndex}; visibility is taken as given there.
 */
public abstract class AbstractCustomFieldIndexer implements FieldIndexer {

  protected final CustomField customField;

  protected AbstractCustomFieldIndexer(
      FieldVisibilityManager fieldVisibilityManager, CustomField customField) {
    this.customField = customField;
  }

  @Override
  public String getId() {
    return customField.getId();
  }

  @Override
  public String getDocumentFieldId() {
    return customField.getId();
  }

  public abstract void addDocumentFieldsSearchable(Document doc, Issue issue);

  public abstract void addDocumentFieldsNotSearchable(Document doc, Issue issue);

  @Override
  public final void addIndex(Document doc, Issue issue) {
    if (isFieldVisibleAndInScope(issue)) {
      addDocumentFieldsSearchable(doc, issue);
    } else {
      addDocumentFieldsNotSearchable(doc, issue);
    }
  }

  @Override
  public boolean isFieldVisibleAndInScope(Issue issue) {
    return true;
  }
}
