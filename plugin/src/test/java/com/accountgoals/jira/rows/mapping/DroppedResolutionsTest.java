package com.accountgoals.jira.rows.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.accountgoals.jira.rows.fakes.Jiras;
import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The resolutions proposed as dropped")
class DroppedResolutionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Won't Do",
        "Won’t do",
        "WONT FIX",
        "Duplicate",
        "Cancelled",
        "Canceled",
        "Declined",
        "Obsolete"
      })
  void proposesAResolutionWhoseNameSaysDropped(String name) {
    assertThat(DroppedResolutions.propose(List.of(resolution("7", name)))).containsExactly("7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Done", "Fixed", "Won't Do it later", "Cannot Reproduce", ""})
  void leavesOutEveryOtherResolution(String name) {
    assertThat(DroppedResolutions.propose(List.of(resolution("1", name)))).isEmpty();
  }

  @Test
  void leavesOutAResolutionWithoutAName() {
    assertThat(DroppedResolutions.propose(List.of(resolution("1", null)))).isEmpty();
  }

  @Test
  void givesTheIdsOfAllTheDroppedOnesSorted() {
    List<Resolution> resolutions =
        List.of(
            resolution("10", "Duplicate"), resolution("1", "Done"), resolution("3", "Won't Do"));

    assertThat(DroppedResolutions.propose(resolutions)).containsExactly("10", "3");
  }

  private static Resolution resolution(String id, String name) {
    return Jiras.resolution(id, name);
  }
}
