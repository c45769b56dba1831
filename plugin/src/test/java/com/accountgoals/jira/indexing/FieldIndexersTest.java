package com.accountgoals.jira.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.derived.GoalHealthIndexer;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.trafficlight.TrafficLightIndexer;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The field types' indexers on Jira 10")
class FieldIndexersTest {

  @Mock private FieldVisibilityManager visibility;

  private final FakeCustomField field = new FakeCustomField(10100, "Some field");

  @Test
  void theTrafficLightIsIndexedByItsOwnLuceneIndexerForThatField() {
    assertOneIndexerOfTheField(
        new FieldIndexers(visibility).trafficLight(field), TrafficLightIndexer.class);
  }

  @Test
  void theGoalHealthIsIndexedByItsOwnLuceneIndexerForThatField() {
    assertOneIndexerOfTheField(
        new FieldIndexers(visibility).goalHealth(field), GoalHealthIndexer.class);
  }

  private static void assertOneIndexerOfTheField(List<FieldIndexer> indexers, Class<?> type) {
    assertThat(indexers)
        .singleElement()
        .isInstanceOf(type)
        .satisfies(indexer -> assertThat(indexer.getId()).isEqualTo("customfield_10100"));
  }
}
