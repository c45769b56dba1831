package com.accountgoals.jira.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.RAMDirectory;

/**
 * A real Lucene index in memory, for testing what an indexer writes as Jira's searchers read it.
 */
public final class TestIndex {

  private TestIndex() {}

  /**
   * Indexes each of {@code issues} with {@code indexed} (plus its key) and returns the keys {@code
   * query} finds, in {@code sort} order.
   */
  public static List<String> keysFound(
      List<FakeIssue> issues, Function<FakeIssue, Document> indexed, Query query, Sort sort)
      throws IOException {
    try (RAMDirectory directory = new RAMDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (FakeIssue issue : issues) {
          Document doc = indexed.apply(issue);
          doc.add(new StringField("key", issue.getKey(), Field.Store.YES));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> keys = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10, sort).scoreDocs) {
          keys.add(searcher.doc(hit.doc).get("key"));
        }
        return keys;
      }
    }
  }
}
