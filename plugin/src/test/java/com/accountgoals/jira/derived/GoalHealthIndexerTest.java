package com.accountgoals.jira.derived;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.trajectory.Health;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.testing.FakeIssue;
import com.accountgoals.jira.testing.TestIndex;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Indexes issues into a real Lucene index and queries it as Jira's exact-text searcher turns JQL
 * into Lucene: {@code "Goal health" = "off track"} is a term query for the typed value on the field
 * id, {@code in (...)} a disjunction of such terms.
 */
@ExtendWith(MockitoExtension.class)
@DisplayName("The goal health in Jira's index")
class GoalHealthIndexerTest {

  @Mock private FieldVisibilityManager visibility;

  private final FakeCustomField field = new FakeCustomField(10117, "Goal health");
  private final FakeIssue offTrack = new FakeIssue(1L, "ACME-1");
  private final FakeIssue onTrack = new FakeIssue(2L, "ACME-2");
  private final FakeIssue behind = new FakeIssue(3L, "ACME-3");
  private final FakeIssue notMeasured = new FakeIssue(4L, "ACME-4");
  private final FakeIssue watch = new FakeIssue(5L, "ACME-5");
  private final FakeIssue none = new FakeIssue(6L, "ACME-6");
  private final FakeIssue unknown = new FakeIssue(7L, "ACME-7");

  @BeforeEach
  void values() {
    field
        .with(offTrack, "OFF_TRACK")
        .with(onTrack, "ON_TRACK")
        .with(behind, "BEHIND")
        .with(notMeasured, "NOT_MEASURED")
        .with(watch, "WATCH")
        .with(unknown, "PURPLE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"off track", "Off track", "Off Track", "OFF TRACK", "OFF_TRACK", "off_track"})
  void jqlEqualsFindsTheGoalByAnySpellingOfItsHealth(String typed) throws IOException {
    assertThat(search(term(typed))).containsExactly("ACME-1");
  }

  @Test
  void jqlInFindsGoalsOfAnyOfTheHealths() throws IOException {
    Query in =
        new BooleanQuery.Builder()
            .add(term("behind"), BooleanClause.Occur.SHOULD)
            .add(term("off track"), BooleanClause.Occur.SHOULD)
            .build();

    assertThat(search(in)).containsExactlyInAnyOrder("ACME-1", "ACME-3");
  }

  @Test
  void aHealthIsNotFoundByAnotherOnesWords() throws IOException {
    assertThat(search(term("on track"))).containsExactly("ACME-2");
    assertThat(search(term("not measured"))).containsExactly("ACME-4");
  }

  @Test
  void anIssueWithoutHealthOrWithAnUnknownValueHasNoTerms() {
    assertThat(indexed(none).getFields()).isEmpty();
    assertThat(indexed(unknown).getFields()).isEmpty();
  }

  @Test
  void onlyTheConstantIsStored() {
    assertThat(
            indexed(offTrack).getFields().stream()
                .filter(f -> f.fieldType().stored())
                .map(f -> f.stringValue()))
        .containsExactly("OFF_TRACK");
  }

  @Test
  void sortingOrdersNotMeasuredThenByIncreasingConcern() throws IOException {
    Sort byHealth = new Sort(new SortField("sort_customfield_10117", SortField.Type.STRING));

    List<String> keys = search(new MatchAllDocsQuery(), byHealth);

    assertThat(keys.subList(keys.size() - 5, keys.size()))
        .containsExactly("ACME-4", "ACME-2", "ACME-5", "ACME-3", "ACME-1");
  }

  @Test
  void theSortKeyNamesTheHealth() {
    assertThat(GoalHealthIndexer.sortKey(Health.NOT_MEASURED)).isEqualTo("0-NOT_MEASURED");
    assertThat(GoalHealthIndexer.sortKey(Health.OFF_TRACK)).isEqualTo("4-OFF_TRACK");
  }

  @Test
  void aHiddenFieldIsStoredButNotSearchable() {
    Document doc = new Document();

    new GoalHealthIndexer(visibility, field).addDocumentFieldsNotSearchable(doc, offTrack);

    assertThat(doc.getFields())
        .singleElement()
        .satisfies(f -> assertThat(f.fieldType().indexOptions().name()).isEqualTo("NONE"));
    assertThat(doc.get("customfield_10117")).isEqualTo("OFF_TRACK");
  }

  @Test
  void aHiddenFieldWithoutHealthAddsNothing() {
    Document doc = new Document();

    new GoalHealthIndexer(visibility, field).addDocumentFieldsNotSearchable(doc, none);

    assertThat(doc.getFields()).isEmpty();
  }

  private Document indexed(FakeIssue issue) {
    Document doc = new Document();
    new GoalHealthIndexer(visibility, field).addDocumentFieldsSearchable(doc, issue);
    return doc;
  }

  private static Query term(String value) {
    return new TermQuery(new Term("customfield_10117", value));
  }

  private List<String> search(Query query) throws IOException {
    return search(query, Sort.INDEXORDER);
  }

  private List<String> search(Query query, Sort sort) throws IOException {
    return TestIndex.keysFound(
        List.of(offTrack, onTrack, behind, notMeasured, watch, none, unknown),
        this::indexed,
        query,
        sort);
  }
}
