package com.accountgoals.jira.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.fields.CustomField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Jira 11 variant gives Jira no indexer of the app's own: {@code null}, so that Jira falls back
 * to its searcher's indexer. An empty list would instead leave the fields unindexed.
 */
@DisplayName("The field types' indexers on Jira 11")
class Jira11FieldIndexersTest {

  /** The variant needs no Jira service: it keeps nothing (Spring still passes one). */
  private final FieldIndexers indexers = new FieldIndexers(null);

  private final CustomField field = null;

  @Test
  void theTrafficLightHasNoIndexerOfTheAppsOwnSoJiraUsesItsSearchersIndexer() {
    assertThat(indexers.trafficLight(field)).isNull();
  }

  @Test
  void theGoalHealthHasNoIndexerOfTheAppsOwnSoJiraUsesItsSearchersIndexer() {
    assertThat(indexers.goalHealth(field)).isNull();
  }
}
