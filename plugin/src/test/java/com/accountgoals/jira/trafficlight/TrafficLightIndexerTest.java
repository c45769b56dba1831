package com.accountgoals.jira.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Indexes issues into a real Lucene index and queries it the way Jira's exact-text searcher turns
 * JQL into Lucene: {@code "Traffic light" = RED} is a term query for {@code RED} on the field id,
 * {@code in (RED, AMBER)} a disjunction of such terms.
 */
@ExtendWith(MockitoExtension.class)
class TrafficLightIndexerTest {

  @Mock private FieldVisibilityManager visibility;

  private final FakeCustomField field = new FakeCustomField(10100, "Traffic light");
  private final FakeIssue red = new FakeIssue(1L, "ACME-1");
  private final FakeIssue amberChosen = new FakeIssue(2L, "ACME-2");
  private final FakeIssue green = new FakeIssue(3L, "ACME-3");
  private final FakeIssue unreadable = new FakeIssue(4L, "ACME-4");
  private final FakeIssue empty = new FakeIssue(5L, "ACME-5");

  @Test
  void jqlEqualsFindsIssuesByOverallColour() throws IOException {
    givenStoredValues();

    assertThat(search(term("RED"))).containsExactly("ACME-1");
    assertThat(search(term("AMBER"))).containsExactly("ACME-2");
    assertThat(search(term("GREEN"))).containsExactly("ACME-3");
  }

  @Test
  void jqlInFindsIssuesOfAnyOfTheColours() throws IOException {
    givenStoredValues();
    Query in =
        new BooleanQuery.Builder()
            .add(term("RED"), BooleanClause.Occur.SHOULD)
            .add(term("AMBER"), BooleanClause.Occur.SHOULD)
            .build();

    assertThat(search(in)).containsExactlyInAnyOrder("ACME-1", "ACME-2");
  }

  @Test
  void lowerCaseJqlFindsTheSameIssues() throws IOException {
    givenStoredValues();

    assertThat(search(term("red"))).containsExactly("ACME-1");
  }

  @Test
  void aChosenColourWinsOverTheFactorsInTheIndexToo() throws IOException {
    givenStoredValues();

    assertThat(search(term("RED"))).doesNotContain("ACME-2");
  }

  @Test
  void unreadableAndEmptyValuesHaveNoColourTerm() {
    givenStoredValues();

    assertThat(indexed(unreadable).getFields()).isEmpty();
    assertThat(indexed(empty).getFields()).isEmpty();
  }

  @Test
  void sortingByTheFieldOrdersGreenAmberRed() throws IOException {
    givenStoredValues();
    Sort byColour = new Sort(new SortField("sort_customfield_10100", SortField.Type.STRING));

    List<String> keys = search(new org.apache.lucene.search.MatchAllDocsQuery(), byColour);

    assertThat(keys.subList(keys.size() - 3, keys.size()))
        .containsExactly("ACME-3", "ACME-2", "ACME-1");
  }

  @Test
  void aHiddenFieldIsStoredButNotSearchable() {
    givenStoredValues();
    Document doc = new Document();

    new TrafficLightIndexer(visibility, field).addDocumentFieldsNotSearchable(doc, red);

    assertThat(doc.getFields())
        .singleElement()
        .satisfies(f -> assertThat(f.fieldType().indexOptions().name()).isEqualTo("NONE"));
    assertThat(doc.get("customfield_10100")).isEqualTo("RED");
  }

  private void givenStoredValues() {
    field
        .with(red, "TL1 -\nR Not listed\nG Sponsor")
        .with(amberChosen, "TL1 AMBER\nR Budget frozen")
        .with(green, "TL1 -\nG Sponsor")
        .with(unreadable, "legacy text");
  }

  private Document indexed(FakeIssue issue) {
    Document doc = new Document();
    new TrafficLightIndexer(visibility, field).addDocumentFieldsSearchable(doc, issue);
    return doc;
  }

  private static Query term(String value) {
    return new TermQuery(new Term("customfield_10100", value));
  }

  private List<String> search(Query query) throws IOException {
    return search(query, Sort.INDEXORDER);
  }

  private List<String> search(Query query, Sort sort) throws IOException {
    return TestIndex.keysFound(
        List.of(red, amberChosen, green, unreadable, empty), this::indexed, query, sort);
  }
}
