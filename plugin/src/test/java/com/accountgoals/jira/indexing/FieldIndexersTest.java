package com.accountgoals.jira.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.derived.GoalHealthIndexer;
import com.accountgoals.jira.testing.FakeCustomField;
import com.accountgoals.jira.trafficlight.TrafficLightIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
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
    assertThat(new FieldIndexers(visibility).trafficLight(field))
        .singleElement()
        .isInstanceOf(TrafficLightIndexer.class)
        .satisfies(indexer -> assertThat(indexer.getId()).isEqualTo("customfield_10100"));
  }

  @Test
  void theGoalHealthIsIndexedByItsOwnLuceneIndexerForThatField() {
    assertThat(new FieldIndexers(visibility).goalHealth(field))
        .singleElement()
        .isInstanceOf(GoalHealthIndexer.class)
        .satisfies(indexer -> assertThat(indexer.getId()).isEqualTo("customfield_10100"));
  }
}
