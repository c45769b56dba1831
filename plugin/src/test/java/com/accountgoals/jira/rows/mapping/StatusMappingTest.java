package com.accountgoals.jira.rows.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.core.goal.GoalStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusMappingTest {

  private final StatusMapping mapping = new StatusMapping(Set.of("3", "10"));

  @Test
  void anUnresolvedIssueIsOpen() {
    assertThat(mapping.statusOf(null)).isEqualTo(GoalStatus.OPEN);
  }

  @Test
  void aResolutionChosenAsDroppedMeansDropped() {
    assertThat(mapping.statusOf("10")).isEqualTo(GoalStatus.DROPPED);
  }

  @Test
  void everyOtherResolutionMeansDone() {
    assertThat(mapping.statusOf("1")).isEqualTo(GoalStatus.DONE);
  }
}
